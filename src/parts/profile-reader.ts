/** The part that reads a profile file and applies a level to it (modes merge and publish). */
export { readProfileFile } from '../profile/read-file.js';
export { applyLevel } from '../profile/levels.js';
