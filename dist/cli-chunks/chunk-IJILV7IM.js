import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  BASELINE_SCHEMA_VERSION,
  DEFAULT_HISTORY_RUNS,
  RUN_READINGS,
  VERSION
} from "./chunk-5BKHDFQE.js";
import {
  judgedProfile,
  spikeSpan
} from "./chunk-CS3JO6KU.js";
import {
  describeValue,
  formatDurationMs,
  isMapping,
  joinPath2 as joinPath,
  joinUrl,
  readDuration,
  readFraction,
  readInteger,
  readMapping
} from "./chunk-ZPEXDWHR.js";
import {
  UNMEASURED_CODES,
  baselineRefusal
} from "./chunk-4LOQ5PND.js";
import {
  LEVELS,
  formatCount,
  formatPercent,
  reportTrend
} from "./chunk-HOUHS2GM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QAD4NADN.js";

// node_modules/mann-whitney-utest/src/mann-whitney.js
var require_mann_whitney = __commonJS({
  "node_modules/mann-whitney-utest/src/mann-whitney.js"(exports, module) {
    var __key = "val";
    var rank2 = function(list) {
      list.sort(function(a, b) {
        return a[__key] - b[__key];
      });
      list = list.map(function(item, index) {
        item.rank = index + 1;
        return item;
      });
      for (var i = 0; i < list.length; ) {
        var count = 1;
        var total = list[i].rank;
        for (var j = 0; list[i + j + 1] && list[i + j][__key] === list[i + j + 1][__key]; j++) {
          total += list[i + j + 1].rank;
          count++;
        }
        var rank3 = total / count;
        for (var k = 0; k < count; k++) {
          list[i + k].rank = rank3;
        }
        i = i + count;
      }
      return list;
    };
    var sampleRank = function(rankedList, observations) {
      var __observations = observations.slice(0);
      var rank3 = 0;
      rankedList.forEach(function(observation) {
        var index = __observations.indexOf(observation[__key]);
        if (index > -1) {
          rank3 += observation.rank;
          __observations.splice(index, 1);
        }
      });
      return rank3;
    };
    var uValue = function(rank3, observations) {
      var k = observations.length;
      return rank3 - k * (k + 1) / 2;
    };
    var check = module.exports.check = function(u, samples) {
      return u[0] + u[1] == samples[0].length * samples[1].length;
    };
    var criticalValue = module.exports.criticalValue = function(u, samples) {
      var uVal = Math.min(u[0], u[1]);
      var prod = samples[0].length * samples[1].length;
      var n = samples[0].length + samples[1].length;
      var mean = prod / 2;
      var counts = {};
      samples.forEach(function(sample) {
        sample.forEach(function(o) {
          if (!counts[o]) counts[o] = 1;
          else counts[o]++;
        });
      });
      var ties = Object.keys(counts).filter(function(key) {
        return counts[key] > 1;
      }).map(function(tie) {
        return counts[tie];
      });
      var k = ties.length;
      var correction = 0;
      for (var i = 0; i < k; i++) {
        correction += (Math.pow(ties[i], 3) - ties[i]) / (n * (n - 1));
      }
      var stddev = Math.sqrt(
        prod / 12 * (n + 1 - correction)
      );
      var z2 = Math.abs((uVal - mean) / stddev);
      return z2;
    };
    var significant = module.exports.significant = function(u, samples) {
      return Math.min(u[0], u[1]) < criticalValue(u, samples);
    };
    var test = module.exports.test = function(samples, key) {
      if (!Array.isArray(samples)) throw Error("Samples must be an array");
      if (samples.length !== 2) throw Error("Samples must contain exactly two samples");
      for (var i = 0; i < 2; i++) {
        if (!samples[i] || samples[i].length == 0) throw Error("Samples cannot be empty");
        if (!Array.isArray(samples[i])) throw Error("Sample " + i + " must be an array");
      }
      var all = samples[0].concat(samples[1]);
      var unranked = all.map(function(val) {
        var result = {};
        result[__key] = val;
        return result;
      });
      var ranked = rank2(unranked);
      var ranks = [];
      for (var i = 0; i < 2; i++) {
        ranks[i] = sampleRank(ranked, samples[i]);
      }
      var us = [];
      for (var i = 0; i < 2; i++) {
        us[i] = uValue(ranks[i], samples[i]);
      }
      return us;
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float2 = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float2 = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float2 = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/metrics/runner.ts
import os from "node:os";
function currentRunner() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    os: `${os.platform()} ${os.release()}`,
    node: process.version
  };
}

// src/metrics/types.ts
var RESULT_SCHEMA_VERSION = 1;

// src/stats/errors.ts
var StatsInputError = class extends Error {
  code = "LOADGATE_STATS_INPUT";
  constructor(message) {
    super(message);
    this.name = "StatsInputError";
  }
};
function assertSample(values, name, allowInfinite) {
  if (!Array.isArray(values)) throw new StatsInputError(`${name}: expected an array of numbers`);
  if (values.length === 0) throw new StatsInputError(`${name}: the sample is empty; at least one value is needed`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw new StatsInputError(`${name}[${i}]: ${String(v)} is not a number`);
    }
    if (!allowInfinite && !Number.isFinite(v)) {
      throw new StatsInputError(`${name}[${i}]: ${v} is not a finite number`);
    }
  }
}

// src/stats/normal.ts
var THRESHOLD = 0.46875;
var INV_SQRT_PI = 0.5641895835477563;
var ERFC_UNDERFLOW_X = 26.543;
var A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
var B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
var C = [
  0.5641884969886701,
  8.883149794388377,
  66.11919063714163,
  298.6351381974001,
  881.952221241769,
  1712.0476126340707,
  2051.0783778260716,
  1230.3393547979972,
  21531153547440383e-24
];
var D = [
  15.744926110709835,
  117.6939508913125,
  537.1811018620099,
  1621.3895745666903,
  3290.7992357334597,
  4362.619090143247,
  3439.3676741437216,
  1230.3393548037495
];
var P = [0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 6587491615298378e-19, 0.016315387137302097];
var Q = [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918];
function erfSmall(x) {
  const ySquared = x * x;
  let numerator = A[4] * ySquared;
  let denominator = ySquared;
  for (let i = 0; i < 3; i++) {
    numerator = (numerator + A[i]) * ySquared;
    denominator = (denominator + B[i]) * ySquared;
  }
  return x * (numerator + A[3]) / (denominator + B[3]);
}
function expMinusSquare(t, scale) {
  const head = Math.trunc(t * 16) / 16;
  const rest = (t - head) * (t + head);
  return Math.exp(-(head * head) / scale) * Math.exp(-rest / scale);
}
function erfcScaled(y) {
  if (y <= 4) {
    let numerator2 = C[8] * y;
    let denominator2 = y;
    for (let i = 0; i < 7; i++) {
      numerator2 = (numerator2 + C[i]) * y;
      denominator2 = (denominator2 + D[i]) * y;
    }
    return (numerator2 + C[7]) / (denominator2 + D[7]);
  }
  const inverseSquare = 1 / (y * y);
  let numerator = P[5] * inverseSquare;
  let denominator = inverseSquare;
  for (let i = 0; i < 4; i++) {
    numerator = (numerator + P[i]) * inverseSquare;
    denominator = (denominator + Q[i]) * inverseSquare;
  }
  const tail = inverseSquare * (numerator + P[4]) / (denominator + Q[4]);
  return (INV_SQRT_PI - tail) / y;
}
function normalSf(z2) {
  if (Number.isNaN(z2)) return NaN;
  const y = Math.abs(z2) / Math.SQRT2;
  if (y <= THRESHOLD) return 0.5 * (1 - erfSmall(z2 / Math.SQRT2));
  const upper = y >= ERFC_UNDERFLOW_X ? 0 : 0.5 * erfcScaled(y) * expMinusSquare(Math.abs(z2), 2);
  return z2 < 0 ? 1 - upper : upper;
}
function normalCdf(z2) {
  return normalSf(-z2);
}
var ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
var ACKLAM_P_LOW = 0.02425;
function acklamLowerHalf(p) {
  if (p < ACKLAM_P_LOW) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    const c = ACKLAM_C;
    const d = ACKLAM_D;
    return (((((c[0] * q2 + c[1]) * q2 + c[2]) * q2 + c[3]) * q2 + c[4]) * q2 + c[5]) / ((((d[0] * q2 + d[1]) * q2 + d[2]) * q2 + d[3]) * q2 + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  const a = ACKLAM_A;
  const b = ACKLAM_B;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  const z2 = acklamLowerHalf(p);
  const error = normalCdf(z2) - p;
  const u = error * Math.sqrt(2 * Math.PI) * Math.exp(z2 * z2 / 2);
  if (!Number.isFinite(u)) return z2;
  return z2 - u / (1 + z2 * u / 2);
}

// src/stats/theil-sen.ts
var MAX_POINTS = 2e3;
function theilSen(x, y, confidence = 0.95) {
  if (x.length !== y.length) {
    throw new StatsInputError(`x and y: ${x.length} and ${y.length} values; a trend needs one y per x`);
  }
  if (x.length < 3) throw new StatsInputError(`x: ${x.length} points; a trend needs at least 3`);
  if (x.length > MAX_POINTS) {
    throw new StatsInputError(`x: ${x.length} points; summarise into at most ${MAX_POINTS} windows first`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsInputError(`confidence: ${confidence} is not between 0 and 1`);
  }
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new StatsInputError(`x[${i}]: ${x[i]} is not a finite number`);
    if (!Number.isFinite(y[i])) throw new StatsInputError(`y[${i}]: ${y[i]} is not a finite number`);
  }
  const n = x.length;
  const slopes = new Float64Array(n * (n - 1) / 2);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = x[j] - x[i];
      if (dx !== 0) slopes[count++] = (y[j] - y[i]) / dx;
    }
  }
  if (count === 0) throw new StatsInputError("x: every value is the same; there is no trend to estimate");
  const sorted = slopes.subarray(0, count).sort();
  const slope = medianOfSorted(sorted);
  const intercept = median(y) - slope * median(x);
  const varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)) / 18;
  const z2 = normalQuantile(1 - (1 - confidence) / 2);
  const spread = z2 * Math.sqrt(Math.max(varianceS, 0));
  const lowerIndex = Math.max(roundHalfEven((count - spread) / 2) - 1, 0);
  const upperIndex = Math.min(roundHalfEven((count + spread) / 2), count - 1);
  return {
    slope,
    intercept,
    lower: sorted[lowerIndex],
    upper: sorted[upperIndex],
    n,
    pairs: count,
    confidence
  };
}
function tieTerm(values) {
  const sorted = [...values].sort((a, b) => a - b);
  let sum2 = 0;
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run++;
      continue;
    }
    if (run > 1) sum2 += run * (run - 1) * (2 * run + 5);
    run = 1;
  }
  return sum2;
}
function roundHalfEven(v) {
  const floor = Math.floor(v);
  const fraction = v - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
function median(values) {
  return medianOfSorted(Float64Array.from(values).sort());
}
function medianOfSorted(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/metrics/endurance.ts
var RSS_WINDOWS = 10;
var LEAK_MIN_GROWTH_MB = 1;
function rssFloorTrend(samples) {
  if (samples.length < RSS_WINDOWS) return void 0;
  const start = samples[0].atMs;
  const spanMs = samples[samples.length - 1].atMs - start;
  if (!(spanMs > 0)) return void 0;
  const windowMs = spanMs / RSS_WINDOWS;
  const floors = new Array(RSS_WINDOWS).fill(Number.POSITIVE_INFINITY);
  const floorAt = new Array(RSS_WINDOWS).fill(0);
  for (const s of samples) {
    const w = Math.min(Math.floor((s.atMs - start) / windowMs), RSS_WINDOWS - 1);
    if (s.rssMb < floors[w]) {
      floors[w] = s.rssMb;
      floorAt[w] = s.atMs;
    }
  }
  const x = [];
  const y = [];
  for (let w = 0; w < RSS_WINDOWS; w++) {
    if (floors[w] === Number.POSITIVE_INFINITY) continue;
    x.push((floorAt[w] - start) / 6e4);
    y.push(floors[w]);
  }
  return trendOf(x, y);
}
function latencyDrift(windows) {
  const usable = windows.filter((w) => Number.isFinite(w.p95Ms));
  if (usable.length < 3) return void 0;
  const start = usable[0].startMs;
  return trendOf(usable.map((w) => (w.startMs - start) / 6e4), usable.map((w) => w.p95Ms));
}
function isLeak(trend, spanMinutes) {
  return trend.lower > 0 && trend.perMinute * spanMinutes >= LEAK_MIN_GROWTH_MB;
}
function cpuMsPerRequestByTrial(samples, boundsMs, requestsPerTrial) {
  const out = [];
  for (let k = 0; k + 1 < boundsMs.length; k++) {
    const from = cpuSecondsAt(samples, boundsMs[k]);
    const to = cpuSecondsAt(samples, boundsMs[k + 1]);
    const requests = requestsPerTrial[k] ?? 0;
    out.push(from === void 0 || to === void 0 || requests <= 0 ? Number.NaN : (to - from) * 1e3 / requests);
  }
  return out;
}
function cpuPerRequest(samples, originMs, trialMs, requestsPerTrial) {
  const bounds = Array.from({ length: requestsPerTrial.length + 1 }, (_, k) => originMs + k * trialMs);
  const trialsMs = cpuMsPerRequestByTrial(samples, bounds, requestsPerTrial).filter((v) => Number.isFinite(v) && v >= 0).map((v) => Math.round(v * 1e3) / 1e3);
  if (trialsMs.length === 0) return void 0;
  const sorted = [...trialsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs: Math.round(medianMs * 1e3) / 1e3, trialsMs };
}
function cpuSecondsAt(samples, atMs) {
  if (samples.length === 0 || atMs < samples[0].atMs || atMs > samples[samples.length - 1].atMs) return void 0;
  let hi = 0;
  while (samples[hi].atMs < atMs) hi++;
  if (samples[hi].atMs === atMs || hi === 0) return samples[hi].cpuSeconds;
  const a = samples[hi - 1];
  const b = samples[hi];
  return a.cpuSeconds + (b.cpuSeconds - a.cpuSeconds) * (atMs - a.atMs) / (b.atMs - a.atMs);
}
function trendOf(x, y) {
  if (x.length < 3 || x[x.length - 1] === x[0]) return void 0;
  const fit = theilSen(x, y, 0.95);
  return { perMinute: fit.slope, lower: fit.lower, upper: fit.upper, points: x.length };
}

// src/metrics/latency-drift.ts
var MIN_DRIFT_SPAN_MS = 6e4;
function latencyDrifts(timeline) {
  if (!timeline || timeline.points * timeline.bucketMs < MIN_DRIFT_SPAN_MS) return void 0;
  const drifts = [];
  for (const series of timeline.endpoints) {
    const windows = series.p95Ms.map((p95Ms, b) => ({ startMs: b * timeline.bucketMs, p95Ms, requests: series.requests[b] ?? 0 })).filter((w) => w.requests > 0);
    const trend = latencyDrift(windows);
    if (trend) drifts.push({ endpoint: series.name, perMinute: round3(trend.perMinute), lower: round3(trend.lower), upper: round3(trend.upper), points: trend.points });
  }
  return drifts.length > 0 ? drifts : void 0;
}
function worstDrift(drifts) {
  if (!drifts) return void 0;
  let worst = { value: 0 };
  for (const d of drifts) if (d.lower > 0 && d.perMinute > worst.value) worst = { value: d.perMinute, endpoint: d.endpoint };
  return worst;
}
function round3(value) {
  return Math.round(value * 1e3) / 1e3;
}

// src/metrics/result.ts
function buildRunResult(profile, fingerprint, target, measurement, runner) {
  const requests = sum(measurement.endpoints.map((e) => e.requests));
  const errors = sum(measurement.endpoints.map((e) => e.errors));
  const rps = sum(measurement.endpoints.map((e) => e.rps));
  const load = profile.load;
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: "loadgate", version: VERSION },
    profile: { name: profile.name, fingerprint, ...profile.level ? { level: profile.level } : {} },
    target,
    startedAt: measurement.startedAt.toISOString(),
    finishedAt: measurement.finishedAt.toISOString(),
    load: {
      model: load.model,
      connections: Math.max(1, measurement.connections ?? load.connections),
      warmupMs: load.warmupMs,
      durationMs: load.durationMs,
      trials: load.trials,
      trialDurationMs: measurement.trialDurationMs,
      ...load.model === "open" ? { rateRps: load.rateRps, shape: load.shape.kind } : {},
      ...load.model === "closed" && load.pipelining ? { pipelining: load.pipelining } : {},
      ...load.seed === void 0 ? {} : { seed: load.seed }
    },
    runner,
    endpoints: measurement.endpoints,
    totals: {
      requests,
      errors,
      rps: Math.round(rps * 10) / 10,
      errorRate: requests === 0 ? 0 : errors / requests
    },
    warnings: measurement.warnings,
    ...measurement.open ? { open: measurement.open } : {},
    ...measurement.websocket ? { websocket: measurement.websocket } : {},
    ...measurement.generator ? { generator: measurement.generator } : {},
    ...measurement.targetResources ? { targetResources: measurement.targetResources } : {},
    ...measurement.timeline ? { timeline: measurement.timeline } : {},
    ...withDrift(latencyDrifts(measurement.timeline))
  };
}
function withDrift(drifts) {
  return drifts ? { latencyDrift: drifts } : {};
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

// src/baseline/history.ts
function baselineRunFromResult(result, origin = {}) {
  return {
    savedAt: result.finishedAt,
    ...origin.commit ? { commit: origin.commit } : {},
    ...origin.ref ? { ref: origin.ref } : {},
    runner: result.runner,
    trialDurationMs: result.load.trialDurationMs,
    // An endpoint that got no request in this run has nothing to compare against later.
    endpoints: result.endpoints.filter((e) => e.requests > 0).map((e) => ({
      name: e.name,
      requests: e.requests,
      errors: e.errors,
      trials: e.trials,
      ...e.histogram ? { histogram: e.histogram } : {}
    })),
    // A ladder that held to its ceiling measured a floor, not a capacity: not stored.
    ...result.capacity && !result.capacity.heldToCeiling ? { capacityRps: result.capacity.capacityRps } : {},
    ...result.targetResources?.cpuPerRequest ? { cpuMsPerRequest: result.targetResources.cpuPerRequest.trialsMs } : {},
    // A spike not recovered from while watched measured a lower bound, not a time: not stored.
    ...result.recovery?.recovered && result.recovery.recoveryMs !== void 0 ? { recoveryMs: result.recovery.recoveryMs } : {}
  };
}
function appendRun(previous, profile, run, maxRuns = DEFAULT_HISTORY_RUNS) {
  const keep = previous && previous.profile.fingerprint === profile.fingerprint ? previous.runs : [];
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    profile: { name: profile.name, fingerprint: profile.fingerprint },
    runs: [...keep, run].slice(-Math.max(1, maxRuns))
  };
}

// src/stats/mann-whitney.ts
var import_mann_whitney_utest = __toESM(require_mann_whitney(), 1);

// src/stats/ranks.ts
function rankPooled(x, y) {
  const n1 = x.length;
  const total = n1 + y.length;
  const values = new Float64Array(total);
  values.set(x, 0);
  values.set(y, n1);
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    return va < vb ? -1 : va > vb ? 1 : 0;
  });
  let rankSumX = 0;
  let tieTermSum = 0;
  let start = 0;
  while (start < total) {
    let end = start + 1;
    while (end < total && values[order[end]] === values[order[start]]) end++;
    const tied = end - start;
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (order[k] < n1) rankSumX += midrank;
    if (tied > 1) tieTermSum += tied * tied * tied - tied;
    start = end;
  }
  return { u1: rankSumX - n1 * (n1 + 1) / 2, tieTermSum, hasTies: tieTermSum > 0 };
}

// src/stats/u-distribution.ts
var EXACT_MAX_WORK = 1e7;
function exactWork(n1, n2) {
  const m = Math.min(n1, n2);
  return m * (m * Math.max(n1, n2) / 2 + 1) * 2;
}
function gaussianBinomialHead(m, n, degree) {
  const c = new Array(degree + 1).fill(0n);
  c[0] = 1n;
  for (let i = 1; i <= m; i++) {
    const up = n + i;
    for (let j = degree; j >= up; j--) c[j] -= c[j - up];
    for (let j = i; j <= degree; j++) c[j] += c[j - i];
  }
  return c;
}
function bigRatio(num, den) {
  if (num === 0n) return 0;
  const shift = Math.max(0, den.toString(2).length - num.toString(2).length + 64);
  let result = Number((num << BigInt(shift)) / den);
  let remaining = shift;
  while (remaining > 0) {
    const step = Math.min(remaining, 1e3);
    result /= 2 ** step;
    remaining -= step;
  }
  return result;
}
function exactUDistribution(n1, n2) {
  const key = `${n1},${n2}`;
  const known = remembered.get(key);
  if (known) return known;
  const made = buildExactUDistribution(n1, n2);
  if (remembered.size >= REMEMBERED_MAX) remembered.delete(remembered.keys().next().value);
  remembered.set(key, made);
  return made;
}
var remembered = /* @__PURE__ */ new Map();
var REMEMBERED_MAX = 64;
function buildExactUDistribution(n1, n2) {
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1) {
    throw new StatsInputError(`exact U distribution: sample sizes must be positive integers, got n1=${n1}, n2=${n2}`);
  }
  if (exactWork(n1, n2) > EXACT_MAX_WORK) {
    throw new StatsInputError(
      `exact U distribution: n1=${n1}, n2=${n2} is too large to enumerate exactly; use the asymptotic method`
    );
  }
  const m = Math.min(n1, n2);
  const product = m * Math.max(n1, n2);
  const half = Math.floor(product / 2);
  const counts = gaussianBinomialHead(m, Math.max(n1, n2), half);
  const cumulative = new Array(half + 1);
  let running = 0n;
  for (let u = 0; u <= half; u++) cumulative[u] = running += counts[u];
  const total = 2n * cumulative[half] - (product % 2 === 0 ? counts[half] : 0n);
  const countAtMost2 = (u) => {
    const k = Math.trunc(u);
    if (k < 0) return 0n;
    if (k >= product) return total;
    return k <= half ? cumulative[k] : total - cumulative[product - k - 1];
  };
  return {
    n1,
    n2,
    total,
    countAtMost: countAtMost2,
    cdf: (u) => bigRatio(countAtMost2(u), total),
    sf: (u) => bigRatio(total - countAtMost2(Math.ceil(u) - 1), total)
  };
}

// src/stats/mann-whitney.ts
var LIBRARY_RANKING_MAX_N = 1e3;
var ALTERNATIVES = ["two-sided", "less", "greater"];
var METHODS = ["auto", "exact", "asymptotic"];
function checkOptions(alternative, method) {
  if (!ALTERNATIVES.includes(alternative)) {
    throw new StatsInputError(`alternative: "${alternative}" is not one of ${ALTERNATIVES.join(", ")}`);
  }
  if (!METHODS.includes(method)) {
    throw new StatsInputError(`method: "${method}" is not one of ${METHODS.join(", ")}`);
  }
}
function uOfFirst(x, y, sortedU) {
  if (x.length > LIBRARY_RANKING_MAX_N || y.length > LIBRARY_RANKING_MAX_N) return sortedU;
  return import_mann_whitney_utest.default.test([x.slice(), y.slice()])[0];
}
function mannWhitneyU(x, y, options = {}) {
  const { alternative = "two-sided", method = "auto", continuity = true } = options;
  checkOptions(alternative, method);
  assertSample(x, "first sample (x)", true);
  assertSample(y, "second sample (y)", true);
  const n1 = x.length;
  const n2 = y.length;
  const n = n1 + n2;
  const pooled = rankPooled(x, y);
  const u1 = uOfFirst(x, y, pooled.u1);
  const u2 = n1 * n2 - u1;
  const sigma = Math.sqrt(n1 * n2 / 12 * (n + 1 - pooled.tieTermSum / (n * (n - 1))));
  const resolved = resolveMethod(method, n1, n2, pooled.hasTies);
  const base = { u: u1, n1, n2, method: resolved, alternative, hasTies: pooled.hasTies, sigma };
  const allTied = pooled.tieTermSum === n * n * n - n;
  if (allTied) return { ...base, p: 1 };
  const uForSf = alternative === "greater" ? u1 : alternative === "less" ? u2 : Math.max(u1, u2);
  const factor = alternative === "two-sided" ? 2 : 1;
  if (resolved === "exact") {
    const oneSided = exactUDistribution(n1, n2).sf(Math.trunc(uForSf));
    return { ...base, p: Math.min(1, factor * oneSided) };
  }
  const z2 = (uForSf - n1 * n2 / 2 - (continuity ? 0.5 : 0)) / sigma;
  return { ...base, p: Math.min(1, factor * normalSf(z2)), z: z2 };
}
function resolveMethod(method, n1, n2, hasTies) {
  if (method !== "auto") return method;
  if (n1 > 8 && n2 > 8 || hasTies) return "asymptotic";
  return exactWork(n1, n2) <= EXACT_MAX_WORK ? "exact" : "asymptotic";
}

// src/stats/pairwise-differences.ts
var float = new Float64Array(1);
var bits = new BigInt64Array(float.buffer);
var SIGN = 1n << 63n;
var MAGNITUDE = SIGN - 1n;
function orderKey(value) {
  float[0] = value;
  const raw = bits[0];
  return raw < 0n ? -(raw & MAGNITUDE) : raw;
}
function fromOrderKey(key) {
  bits[0] = key < 0n ? BigInt.asIntN(64, -key | SIGN) : key;
  return float[0];
}
function countAtMost(xSorted, ySorted, t) {
  let count = 0;
  let j = 0;
  const n2 = ySorted.length;
  for (let i = 0; i < xSorted.length; i++) {
    while (j < n2 && xSorted[i] - ySorted[j] > t) j++;
    count += n2 - j;
  }
  return count;
}
function sortPair(x, y) {
  return { x: Float64Array.from(x).sort(), y: Float64Array.from(y).sort() };
}
function kthPairwiseDifference(pair, k) {
  const { x, y } = pair;
  let low = orderKey(x[0] - y[y.length - 1]);
  let high = orderKey(x[x.length - 1] - y[0]);
  while (low < high) {
    const middle = low + high >> 1n;
    if (countAtMost(x, y, fromOrderKey(middle)) >= k) high = middle;
    else low = middle + 1n;
  }
  return fromOrderKey(low);
}

// src/stats/hodges-lehmann.ts
var INTERVAL_EXACT_MAX_WORK = 2e6;
function intervalRank(n1, n2, confidence) {
  const halfAlpha = (1 - confidence) / 2 * (1 + 1e-12);
  const pairs = n1 * n2;
  if (exactWork(n1, n2) <= INTERVAL_EXACT_MAX_WORK) {
    const distribution = exactUDistribution(n1, n2);
    let k2 = 1;
    while (k2 < pairs && distribution.cdf(k2) <= halfAlpha) k2++;
    return { k: k2, achieved: 1 - 2 * distribution.cdf(k2 - 1) };
  }
  const sigma = Math.sqrt(pairs * (n1 + n2 + 1) / 12);
  const raw = Math.floor(pairs / 2 + 0.5 + normalQuantile(halfAlpha) * sigma);
  const k = Math.min(Math.max(1, raw), Math.ceil(pairs / 2));
  return { k, achieved: 1 - 2 * normalCdf((k - 1 + 0.5 - pairs / 2) / sigma) };
}
function checkConfidence(confidence) {
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    throw new StatsInputError(`confidence: ${String(confidence)} must be a number between 0 and 1 (e.g. 0.95)`);
  }
}
function estimate(pair, confidence) {
  const n1 = pair.x.length;
  const n2 = pair.y.length;
  const pairs = n1 * n2;
  const middle = Math.floor((pairs + 1) / 2);
  const shift = pairs % 2 === 1 ? kthPairwiseDifference(pair, middle) : (kthPairwiseDifference(pair, middle) + kthPairwiseDifference(pair, middle + 1)) / 2;
  const { k, achieved } = intervalRank(n1, n2, confidence);
  return {
    shift,
    lower: kthPairwiseDifference(pair, k),
    upper: kthPairwiseDifference(pair, pairs + 1 - k),
    confidence,
    achievedConfidence: achieved
  };
}
function hodgesLehmannShift(x, y, options = {}) {
  const { confidence = 0.95 } = options;
  checkConfidence(confidence);
  assertSample(x, "first sample (x)", false);
  assertSample(y, "second sample (y)", false);
  return estimate(sortPair(x, y), confidence);
}
function assertPositive(values, name) {
  const bad = values.findIndex((v) => !(v > 0));
  if (bad >= 0) {
    throw new StatsInputError(`${name}[${bad}]: ${values[bad]} is not positive; a relative change needs values > 0`);
  }
}
function relativeShift(x, y, options = {}) {
  const { confidence = 0.95 } = options;
  checkConfidence(confidence);
  assertSample(x, "first sample (x)", false);
  assertSample(y, "second sample (y)", false);
  assertPositive(x, "first sample (x)");
  assertPositive(y, "second sample (y)");
  const logShift = estimate(sortPair(x.map(Math.log), y.map(Math.log)), confidence);
  return {
    change: Math.expm1(logShift.shift),
    lower: Math.expm1(logShift.lower),
    upper: Math.expm1(logShift.upper),
    confidence,
    achievedConfidence: logShift.achievedConfidence
  };
}

// src/stats/multiple-comparisons.ts
function checkInputs(pValues, level, levelName) {
  if (!(level > 0 && level <= 1)) {
    throw new StatsInputError(`${levelName}: ${String(level)} must be a number in (0, 1], e.g. 0.05`);
  }
  pValues.forEach((p, i) => {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new StatsInputError(`pValues[${i}]: ${String(p)} is not a probability in [0, 1]`);
    }
  });
}
function ascendingOrder(pValues) {
  return pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
}
function holm(pValues, alpha) {
  checkInputs(pValues, alpha, "alpha");
  const m = pValues.length;
  const adjusted = new Array(m);
  let running = 0;
  ascendingOrder(pValues).forEach((index, rank2) => {
    running = Math.max(running, Math.min(1, (m - rank2) * pValues[index]));
    adjusted[index] = running;
  });
  return { rejected: adjusted.map((p) => p <= alpha), adjusted };
}
function benjaminiHochberg(pValues, q) {
  checkInputs(pValues, q, "q");
  const m = pValues.length;
  const adjusted = new Array(m);
  const order = ascendingOrder(pValues);
  let running = 1;
  for (let rank2 = m - 1; rank2 >= 0; rank2--) {
    const index = order[rank2];
    running = Math.min(running, m * pValues[index] / (rank2 + 1));
    adjusted[index] = running;
  }
  return { rejected: adjusted.map((p) => p <= q), adjusted };
}

// src/stats/proportions.ts
function checkCounts(errors, requests, which) {
  if (!Number.isInteger(requests) || requests <= 0) {
    throw new StatsInputError(`${which} requests: ${String(requests)} \u2014 an error rate needs at least one request`);
  }
  if (!Number.isInteger(errors) || errors < 0 || errors > requests) {
    throw new StatsInputError(`${which} errors: ${String(errors)} must be a whole number between 0 and ${requests} (the requests)`);
  }
}
function logBinomial(n, k) {
  const m = Math.min(k, n - k);
  let sum2 = 0;
  for (let i = 1; i <= m; i++) sum2 += Math.log((n - m + i) / i);
  return sum2;
}
function fisherUpperTail(e1, n1, e2, n2) {
  const errors = e1 + e2;
  const high = Math.min(errors, n1);
  let term = Math.exp(logBinomial(n1, e1) + logBinomial(n2, e2) - logBinomial(n1 + n2, errors));
  let p = 0;
  for (let k = e1; k <= high && term > 0; k++) {
    p += term;
    term *= (n1 - k) * (errors - k) / ((k + 1) * (n2 - errors + k + 1));
  }
  return Math.min(1, p);
}
function largeEnoughForZ(e1, n1, e2, n2) {
  const pooled = (e1 + e2) / (n1 + n2);
  return Math.min(n1, n2) * Math.min(pooled, 1 - pooled) >= 5;
}
function errorRateIncrease(currentErrors, currentRequests, baselineErrors, baselineRequests) {
  checkCounts(currentErrors, currentRequests, "current");
  checkCounts(baselineErrors, baselineRequests, "baseline");
  const currentRate = currentErrors / currentRequests;
  const baselineRate = baselineErrors / baselineRequests;
  const rates = { currentRate, baselineRate, change: currentRate - baselineRate };
  if (!largeEnoughForZ(currentErrors, currentRequests, baselineErrors, baselineRequests)) {
    return { ...rates, p: fisherUpperTail(currentErrors, currentRequests, baselineErrors, baselineRequests), method: "fisher-exact" };
  }
  const pooled = (currentErrors + baselineErrors) / (currentRequests + baselineRequests);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / currentRequests + 1 / baselineRequests));
  return { ...rates, p: normalSf(rates.change / standardError), method: "z-test" };
}

// src/stats/detectable.ts
function checkSize(n, name) {
  if (!Number.isInteger(n) || n < 1) throw new StatsInputError(`${name}: ${String(n)} must be a positive whole number of values`);
}
function binomial(n, k) {
  const smaller = Math.min(k, n - k);
  let result = 1n;
  for (let i = 1; i <= smaller; i++) result = result * BigInt(n - smaller + i) / BigInt(i);
  return Number(result);
}
function minimumAchievableP(n1, n2, alternative = "two-sided") {
  checkSize(n1, "n1");
  checkSize(n2, "n2");
  const oneSided = 1 / binomial(n1 + n2, n1);
  return alternative === "two-sided" ? Math.min(1, 2 * oneSided) : oneSided;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median2(x) {
  return +quantile(x, 0.5);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/verdict/severity.ts
var ERROR_RATE_CUTOFFS = { minor: 1e-3, major: 0.01, critical: 0.05 };
function maxLevel(a, b) {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
function levelFor(amount, cutoffs) {
  if (amount >= cutoffs.critical) return "critical";
  if (amount >= cutoffs.major) return "major";
  if (amount >= cutoffs.minor) return "minor";
  return "none";
}
function reaches(level, failOn) {
  if (failOn === "never" || level === "none") return false;
  return LEVELS.indexOf(level) >= LEVELS.indexOf(failOn);
}

// src/verdict/adjust.ts
function worsening(c) {
  return c.direction === "worse" ? Math.abs(c.change) : 0;
}
function adjustComparisons(tests, alpha) {
  if (tests.length === 0) return [];
  const p = tests.map((t) => t.p);
  const strict = holm(p, alpha);
  const lenient = benjaminiHochberg(p, alpha);
  return tests.map(({ cutoffs, ...t }, i) => {
    const level = levelFor(worsening(t), cutoffs);
    const blocks = strict.rejected[i];
    const advisory = !blocks && lenient.rejected[i] ? level : "none";
    return {
      ...t,
      pAdjusted: strict.adjusted[i],
      pBH: lenient.adjusted[i],
      significant: strict.rejected[i],
      severity: blocks ? level : "none",
      ...advisory !== "none" ? { advisorySeverity: advisory } : {}
    };
  });
}

// src/verdict/eligibility.ts
var TAIL_REQUESTS = 10;
var QUANTILE = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };
function requestsNeededPerTrial(metric) {
  const q = QUANTILE[metric];
  return q === void 0 ? 0 : Math.ceil(TAIL_REQUESTS / (1 - q) - 1e-9);
}
function eligibleMetrics(endpoints, metrics) {
  const metricsFor = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  for (const e of endpoints) {
    const fewest = e.trials.length > 0 ? Math.min(...e.trials.map((t) => t.requests)) : 0;
    const keep = [];
    for (const metric of metrics) {
      if (fewest >= requestsNeededPerTrial(metric)) {
        keep.push(metric);
        continue;
      }
      const entry = skipped.get(metric) ?? { names: [], fewest: Infinity };
      entry.names.push(e.name);
      entry.fewest = Math.min(entry.fewest, fewest);
      skipped.set(metric, entry);
    }
    metricsFor.set(e.name, keep);
  }
  const notes = [...skipped].map(([metric, { names, fewest }]) => ({
    code: "percentile-skipped",
    params: { metric, endpoints: names, fewestRequests: fewest, neededRequests: requestsNeededPerTrial(metric) }
  }));
  return { metricsFor, notes };
}

// src/verdict/compare.ts
function trialValue(trial, metric) {
  if (metric === "throughput") return trial.rps;
  if (metric === "error_rate") return trial.errorRate;
  return trial.latencyMs[metric];
}
function worseIsLower(metric) {
  return metric === "throughput";
}
function directionOf(change, epsilon, lowerIsWorse) {
  if (Math.abs(change) < epsilon) return "same";
  return change > 0 !== lowerIsWorse ? "worse" : "better";
}
function testErrorRate(endpoint, current, baseline) {
  const test = errorRateIncrease(current.errors, current.requests, baseline.errors, baseline.requests);
  const change = test.currentRate - test.baselineRate;
  return {
    endpoint,
    metric: "error_rate",
    baseline: test.baselineRate,
    current: test.currentRate,
    change,
    changeKind: "points",
    p: test.p,
    n1: current.requests,
    n2: baseline.requests,
    direction: directionOf(change, 5e-4, false),
    cutoffs: ERROR_RATE_CUTOFFS
  };
}
function testMetric(current, baseline, metric, cutoffs) {
  if (metric === "error_rate") return testErrorRate(current.name, current, baseline);
  const x = current.trials.map((t) => trialValue(t, metric));
  const y = baseline.trials.map((t) => trialValue(t, metric));
  return testTrialValues(current.name, metric, x, y, worseIsLower(metric), cutoffs);
}
function testTrialValues(endpoint, metric, x, y, lower, cutoffs) {
  const base = { endpoint, metric, baseline: median2([...y]), current: median2([...x]) };
  const small = exactWork(x.length, y.length) <= EXACT_MAX_WORK && (/* @__PURE__ */ new Set([...x, ...y])).size === x.length + y.length;
  const mw = mannWhitneyU([...x], [...y], { alternative: lower ? "less" : "greater", method: small ? "exact" : "auto" });
  const positive = x.every((v) => v > 0) && y.every((v) => v > 0);
  const shift = positive ? relativeShift([...x], [...y], { confidence: 0.95 }) : void 0;
  const change = shift ? shift.change : base.baseline > 0 ? base.current / base.baseline - 1 : 0;
  return {
    ...base,
    change,
    changeKind: "relative",
    ...shift ? { interval: { lower: shift.lower, upper: shift.upper, confidence: 0.95 } } : {},
    p: mw.p,
    n1: x.length,
    n2: y.length,
    direction: directionOf(change, 5e-3, lower),
    method: "trials",
    cutoffs
  };
}
function compareWithBaseline(current, baseline, settings, endpointCutoffs = /* @__PURE__ */ new Map(), runTests = []) {
  const notes = [];
  const tests = [];
  const eligible = eligibleMetrics(current, settings.metrics);
  notes.push(...eligible.notes);
  for (const endpoint of current) {
    const before = baseline.find((b) => b.name === endpoint.name);
    if (!before || before.trials.length === 0) {
      notes.push({ code: "new-endpoint", params: { endpoint: endpoint.name } });
      continue;
    }
    if (endpoint.trials.length === 0) continue;
    if (endpoint.requests === 0 || before.requests === 0) {
      notes.push({ code: "no-data", params: { endpoint: endpoint.name, missingIn: endpoint.requests === 0 ? "current" : "baseline" } });
      continue;
    }
    const cutoffs = endpointCutoffs.get(endpoint.name) ?? settings.severity;
    for (const metric of eligible.metricsFor.get(endpoint.name) ?? []) tests.push(testMetric(endpoint, before, metric, cutoffs));
  }
  tests.push(...runTests);
  if (tests.length === 0) return { comparisons: [], notes };
  const comparisons = adjustComparisons(tests, settings.alpha);
  notes.push(...powerNotes(comparisons, settings.alpha));
  return { comparisons, notes };
}
function powerNotes(comparisons, alpha) {
  const ranked = comparisons.filter((c) => c.metric !== "error_rate");
  if (ranked.length === 0) return [];
  const { n1, n2 } = ranked[0];
  const smallest = minimumAchievableP(n1, n2, "greater");
  const needed = alpha / comparisons.length;
  if (smallest < needed) return [];
  return [
    {
      code: "too-few-trials",
      params: { currentTrials: n1, baselineTrials: n2, smallestP: smallest, tests: comparisons.length, alpha, neededP: needed }
    }
  ];
}

// src/stats/student-t.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z2 = x - 1;
  let a = LANCZOS[0];
  const t = z2 + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z2 + i);
  return 0.5 * Math.log(2 * Math.PI) + (z2 + 0.5) * Math.log(t) - t + Math.log(a);
}
function betaContinuedFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}
function regularizedBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
  return 1 - Math.exp(logFront) * betaContinuedFraction(1 - x, b, a) / b;
}
function checkDf(df) {
  if (typeof df !== "number" || !(df > 0) || !Number.isFinite(df)) {
    throw new StatsInputError(`degrees of freedom: ${String(df)} must be a finite number > 0`);
  }
}
function studentTSf(t, df) {
  checkDf(df);
  if (Number.isNaN(t)) throw new StatsInputError("t: NaN is not a value");
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}
function studentTUpperQuantile(p, df) {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new StatsInputError(`p: ${String(p)} must be in (0, 1)`);
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTUpperQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTSf(hi, df) > p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Infinity;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTSf(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/stats/history-spread.ts
var PRIOR_RUN_SPREAD = 0.1;
var PRIOR_RUN_SPREAD_WEIGHT = 2;
function historySpreadTest(current, history, options) {
  assertSample(history, "history", false);
  const bad = [current, ...history].findIndex((v) => !(v > 0) || !Number.isFinite(v));
  if (bad >= 0) {
    const value = bad === 0 ? current : history[bad - 1];
    throw new StatsInputError(`${bad === 0 ? "current" : `history[${bad - 1}]`}: ${value} is not a positive finite number; a relative change needs values > 0`);
  }
  const { confidence = 0.95, priorSpread = PRIOR_RUN_SPREAD, priorWeight = PRIOR_RUN_SPREAD_WEIGHT } = options;
  const logs = history.map(Math.log);
  const runs = logs.length;
  const m = logs.reduce((a, b) => a + b, 0) / runs;
  const ss = logs.reduce((a, v) => a + (v - m) ** 2, 0);
  const historySpread = runs > 1 ? Math.sqrt(ss / (runs - 1)) : 0;
  const df = priorWeight + runs - 1;
  if (!(df > 0)) throw new StatsInputError("history: one run and no prior spread leave no degrees of freedom");
  const spread = Math.sqrt((priorWeight * priorSpread ** 2 + ss) / df);
  const standardError = spread * Math.sqrt(1 + 1 / runs);
  const d = Math.log(current) - m;
  const t = standardError > 0 ? d / standardError : d === 0 ? 0 : Math.sign(d) * Infinity;
  const p = studentTSf(options.alternative === "greater" ? t : -t, df);
  const half = studentTUpperQuantile((1 - confidence) / 2, df) * standardError;
  return {
    change: Math.expm1(d),
    lower: Math.expm1(d - half),
    upper: Math.expm1(d + half),
    p,
    t,
    df,
    spread,
    historySpread,
    center: Math.exp(m),
    runs,
    standardError
  };
}
function smallestDetectableChange(result, pNeeded, alternative) {
  const q = studentTUpperQuantile(pNeeded, result.df) * result.standardError;
  return alternative === "greater" ? Math.expm1(q) : -Math.expm1(-q);
}

// src/stats/common-mode.ts
function additiveFit(matrix) {
  const runs = matrix.length;
  const endpoints = runs > 0 ? matrix[0].length : 0;
  if (runs === 0 || endpoints === 0) throw new StatsInputError("matrix: at least one run and one endpoint are needed");
  if (matrix.some((row) => row.length !== endpoints)) throw new StatsInputError("matrix: every run must list the same endpoints");
  const present = (v) => Number.isFinite(v);
  const runFactors = new Array(runs).fill(0);
  const endpointMeans = new Array(endpoints).fill(Number.NaN);
  for (let round2 = 0; round2 < 50; round2++) {
    let moved = 0;
    for (let e = 0; e < endpoints; e++) {
      let sum2 = 0;
      let n = 0;
      for (let r = 0; r < runs; r++) if (present(matrix[r][e])) sum2 += matrix[r][e] - runFactors[r], n++;
      endpointMeans[e] = n > 0 ? sum2 / n : Number.NaN;
    }
    for (let r = 0; r < runs; r++) {
      let sum2 = 0;
      let n = 0;
      for (let e = 0; e < endpoints; e++) if (present(matrix[r][e]) && present(endpointMeans[e])) sum2 += matrix[r][e] - endpointMeans[e], n++;
      const next = n > 0 ? sum2 / n : 0;
      moved = Math.max(moved, Math.abs(next - runFactors[r]));
      runFactors[r] = next;
    }
    if (moved < 1e-12) break;
  }
  const mean = runFactors.reduce((a, b) => a + b, 0) / runs;
  for (let r = 0; r < runs; r++) runFactors[r] -= mean;
  for (let e = 0; e < endpoints; e++) endpointMeans[e] += mean;
  const residuals = matrix.map((row, r) => row.map((v, e) => present(v) ? v - endpointMeans[e] - runFactors[r] : Number.NaN));
  const counts = new Array(endpoints).fill(0);
  const endpointSS = new Array(endpoints).fill(0);
  let observations = 0;
  for (const row of residuals) {
    row.forEach((v, e) => {
      if (!present(v)) return;
      counts[e]++;
      endpointSS[e] += v * v;
      observations++;
    });
  }
  const usedEndpoints = counts.filter((n) => n > 0).length;
  const df = Math.max(0, observations - runs - usedEndpoints + 1);
  const endpointDf = counts.map((n) => observations > 0 ? df * n / observations : 0);
  return { endpointMeans, runFactors, residuals, endpointSS, endpointDf, df };
}
function moderatedVariance(estimates) {
  let weighted = 0;
  let df = 0;
  for (const { variance, df: d } of estimates) {
    if (!(d > 0) || !Number.isFinite(variance) || variance < 0) continue;
    weighted += d * variance;
    df += d;
  }
  if (df === 0) throw new StatsInputError("estimates: no variance with positive degrees of freedom to pool");
  return { variance: weighted / df, df };
}
function finiteMedian(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
var QN_FACTOR = [0.768, 0.4494, 0.7395, 0.5683, 0.7951, 0.6336, 0.8293, 0.6901, 0.8534, 0.7334, 0.8726, 0.7604, 0.8877, 0.7856, 0.8974, 0.809, 0.9072, 0.8202, 0.915, 0.8373, 0.9216, 0.8518, 0.9296, 0.8613, 0.9312, 0.8686, 0.9386, 0.8769];
var QN_DF = [0.79, 1.76, 1.75, 3.08, 3.04, 4.28, 4.34, 5.77, 5.79, 7.12, 7.33, 8.69, 8.75, 9.9, 10.48, 11.51, 11.65, 12.98, 13.36, 14.82, 14.67, 16.19, 16.24, 17.55, 18.18, 19.24, 19.54, 20.93];
function robustVariance(values) {
  const v = values.filter(Number.isFinite);
  const n = v.length;
  if (n < 3) return { variance: Number.NaN, df: 0 };
  const distances = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) distances.push(Math.abs(v[i] - v[j]));
  distances.sort((a, b) => a - b);
  const h = (n >> 1) + 1;
  const qn = 2.2219 * distances[h * (h - 1) / 2 - 1];
  const factor = n <= 30 ? QN_FACTOR[n - 3] : n % 2 ? n / (n + 1.4) : n / (n + 3.8);
  const df = n <= 30 ? QN_DF[n - 3] : 0.7 * n;
  const sigma = factor * qn;
  return { variance: sigma * sigma, df };
}
function medianVarianceFactor(n) {
  if (n <= 0) return Number.POSITIVE_INFINITY;
  return n <= 2 ? 1 / n : Math.PI / (2 * n);
}
function relativeChangeTest(input) {
  const { deviations, index, variances, runs, alternative, confidence = 0.95 } = input;
  const d = deviations[index];
  if (!Number.isFinite(d)) return void 0;
  const others = [];
  const otherVariances = [];
  deviations.forEach((v, i) => {
    if (i === index || !Number.isFinite(v)) return;
    others.push(v);
    otherVariances.push(variances[i]);
  });
  if (others.length === 0) return void 0;
  if (!(runs >= 1)) throw new StatsInputError(`runs: ${runs} is not a number of history runs (1 or more)`);
  if (!(input.df > 0)) throw new StatsInputError(`df: ${input.df} must be positive`);
  const inflation = 1 + 1 / runs;
  const common = finiteMedian(others);
  const typicalOther = finiteMedian(otherVariances);
  const variance = variances[index] * inflation + typicalOther * inflation * medianVarianceFactor(others.length);
  const standardError = Math.sqrt(variance);
  const shift = d - common;
  const t = standardError > 0 ? shift / standardError : shift === 0 ? 0 : Math.sign(shift) * Infinity;
  const p = studentTSf(alternative === "greater" ? t : -t, input.df);
  const half = studentTUpperQuantile((1 - confidence) / 2, input.df) * standardError;
  return {
    change: Math.expm1(shift),
    lower: Math.expm1(shift - half),
    upper: Math.expm1(shift + half),
    p,
    t,
    df: input.df,
    standardError,
    runFactor: Math.expm1(common)
  };
}

// src/verdict/history-compare.ts
var PRIOR_REST_SPREAD = 0.07;
var PRIOR_REST_WEIGHT = 8;
var ENDPOINT_SHRINK_WEIGHT = 20;
var LATENCY_JITTER_MS = 0.03;
function runValue(trials, metric) {
  const values = trials.filter((t) => t.requests > 0).map((t) => trialValue(t, metric)).filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return void 0;
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const s2 = logs.length > 1 ? logs.reduce((a, v) => a + (v - mean) ** 2, 0) / (logs.length - 1) : 0;
  return { log: Math.log(median2(values)), sampling: Math.PI / 2 * (s2 / logs.length) };
}
var isLatency = (metric) => metric !== "throughput" && metric !== "error_rate";
function testMetricAcrossEndpoints(endpoints, runs, metric, cutoffsFor, pNeeded) {
  const rows = [];
  const missing = [];
  for (const e of endpoints) {
    const current = runValue(e.trials, metric);
    const history = runs.map((run) => {
      const b = run.endpoints.find((x) => x.name === e.name);
      return b ? runValue(b.trials, metric) : void 0;
    });
    if (current === void 0 || history.every((h) => h === void 0)) missing.push(e.name);
    else rows.push({ e, current, history });
  }
  if (rows.length === 0) return { tests: [], missing };
  const H = runs.length;
  const matrix = runs.map((_, r) => rows.map((row) => row.history[r]?.log ?? Number.NaN));
  const fit = additiveFit(matrix);
  const deviations = rows.map((row, i) => row.current.log - fit.endpointMeans[i]);
  const inflation = 1 + 1 / H;
  const sources = [{ variance: PRIOR_REST_SPREAD ** 2, df: PRIOR_REST_WEIGHT }];
  if (fit.df > 0) sources.push({ variance: fit.endpointSS.reduce((a, b) => a + b, 0) / fit.df, df: fit.df });
  if (rows.length >= 4) {
    const scale = robustVariance(deviations);
    sources.push({ variance: scale.variance / inflation, df: scale.df });
  }
  const pooled = moderatedVariance(sources);
  const variances = rows.map((row, i) => {
    const own = fit.endpointDf[i] > 0 ? [{ variance: fit.endpointSS[i] / fit.endpointDf[i], df: fit.endpointDf[i] }] : [];
    const shrunk = moderatedVariance([{ variance: pooled.variance, df: Math.min(pooled.df, ENDPOINT_SHRINK_WEIGHT) }, ...own]);
    const samplings = [row.current.sampling, ...row.history.flatMap((h) => h ? [h.sampling] : [])];
    const sampling = samplings.reduce((a, b) => a + b, 0) / samplings.length;
    const jitter = isLatency(metric) ? (LATENCY_JITTER_MS / Math.exp(fit.endpointMeans[i])) ** 2 : 0;
    return { variance: Math.max(shrunk.variance, sampling, jitter), df: shrunk.df };
  });
  const lower = worseIsLower(metric);
  const alternative = lower ? "less" : "greater";
  const tests = [];
  rows.forEach((row, i) => {
    const name = row.e.name;
    const cutoffs = cutoffsFor(name);
    const current = Math.exp(row.current.log);
    const historyValues = row.history.flatMap((h) => h ? [Math.exp(h.log)] : []);
    const base = { endpoint: name, metric, current, changeKind: "relative", n1: row.e.trials.length, n2: historyValues.length, cutoffs };
    const spread = historySpreadTest(current, historyValues, { alternative });
    tests.push({
      ...base,
      baseline: spread.center,
      change: spread.change,
      interval: { lower: spread.lower, upper: spread.upper, confidence: 0.95 },
      p: spread.p,
      direction: directionOf(spread.change, 5e-3, lower),
      method: "history",
      detectable: smallestDetectableChange(spread, pNeeded, alternative),
      spread: spread.spread
    });
    const relative = relativeChangeTest({
      deviations,
      index: i,
      variances: variances.map((v) => v.variance),
      df: variances[i].df,
      runs: H,
      alternative
    });
    if (!relative) return;
    const q = studentTUpperQuantile(pNeeded, relative.df) * relative.standardError;
    tests.push({
      ...base,
      // What this endpoint would read had it moved with the rest of the run.
      baseline: current / (1 + relative.change),
      change: relative.change,
      interval: { lower: relative.lower, upper: relative.upper, confidence: 0.95 },
      p: relative.p,
      direction: directionOf(relative.change, 5e-3, lower),
      method: "relative",
      detectable: lower ? -Math.expm1(-q) : Math.expm1(q),
      spread: Math.sqrt(variances[i].variance),
      runFactor: relative.runFactor
    });
  });
  return { tests, missing };
}
function compareWithHistory(current, runs, settings, endpointCutoffs = /* @__PURE__ */ new Map(), runTests = []) {
  const notes = [];
  const eligible = eligibleMetrics(current, settings.metrics);
  notes.push(...eligible.notes);
  const cutoffsFor = (name) => endpointCutoffs.get(name) ?? settings.severity;
  const metricsInUse = settings.metrics.filter((m) => current.some((e) => eligible.metricsFor.get(e.name)?.includes(m)));
  const planned = metricsInUse.reduce((n, m) => {
    const k = current.filter((e) => eligible.metricsFor.get(e.name)?.includes(m)).length;
    return n + (m === "error_rate" || k < 2 ? k : 2 * k);
  }, 0);
  const pNeeded = settings.alpha / Math.max(1, planned);
  const tests = [];
  const missing = /* @__PURE__ */ new Set();
  const noData = /* @__PURE__ */ new Set();
  for (const metric of metricsInUse) {
    const endpoints = current.filter((e) => eligible.metricsFor.get(e.name)?.includes(metric));
    if (metric === "error_rate") {
      for (const e of endpoints) {
        const inHistory = runs.flatMap((run) => run.endpoints.filter((b) => b.name === e.name));
        if (inHistory.length === 0) {
          missing.add(e.name);
          continue;
        }
        const pooled = inHistory.reduce((a, c) => ({ errors: a.errors + c.errors, requests: a.requests + c.requests }), { errors: 0, requests: 0 });
        if (e.requests === 0 || pooled.requests === 0) {
          noData.add(e.name);
          continue;
        }
        tests.push({ ...testErrorRate(e.name, e, pooled), method: "history" });
      }
      continue;
    }
    const outcome = testMetricAcrossEndpoints(endpoints, runs, metric, cutoffsFor, pNeeded);
    tests.push(...outcome.tests);
    for (const name of outcome.missing) {
      const inHistory = runs.some((run) => run.endpoints.some((b) => b.name === name));
      (inHistory ? noData : missing).add(name);
    }
  }
  for (const name of missing) notes.push({ code: "new-endpoint", params: { endpoint: name } });
  for (const name of noData) {
    if (missing.has(name)) continue;
    notes.push({ code: "no-data", params: { endpoint: name, missingIn: "some-metrics" } });
  }
  const adjusted = adjustComparisons([...tests, ...runTests], settings.alpha);
  notes.push(...historyNotes(adjusted, runs.length, current.length, settings.severity));
  const comparisons = strongestPerMetric(adjusted);
  return { comparisons, notes };
}
var rank = (level) => LEVELS.indexOf(level ?? "none");
function strongestPerMetric(comparisons) {
  const chosen = /* @__PURE__ */ new Map();
  const relativeDetectable = /* @__PURE__ */ new Map();
  const key = (c) => `${c.endpoint}\0${c.metric}`;
  for (const c of comparisons) {
    if (c.method === "relative" && c.detectable !== void 0) relativeDetectable.set(key(c), c.detectable);
    const other = chosen.get(key(c));
    const better = !other || rank(c.severity) - rank(other.severity) || rank(c.advisorySeverity) - rank(other.advisorySeverity) || other.pAdjusted - c.pAdjusted;
    if (better === true || better > 0) chosen.set(key(c), c);
  }
  return [...chosen.values()].map((c) => {
    const d = relativeDetectable.get(key(c));
    return d === void 0 ? c : { ...c, detectable: d };
  });
}
function historyNotes(comparisons, runs, endpoints, cutoffs) {
  const notes = [];
  const detectable = (method) => {
    const byMetric = /* @__PURE__ */ new Map();
    for (const c of comparisons) {
      if (c.method !== method || c.detectable === void 0 || c.metric === "capacity" || c.metric === "target_cpu_per_request" || c.metric === "recovery_time") continue;
      byMetric.set(c.metric, [...byMetric.get(c.metric) ?? [], c.detectable]);
    }
    return [...byMetric].map(([metric, values]) => ({ metric, detectable: median2(values) }));
  };
  const relative = detectable("relative");
  const history = detectable("history");
  if (relative.length > 0 || history.length > 0) notes.push({ code: "history-sensitivity", params: { runs, endpoints, relative, history } });
  const blind = history.filter((p) => p.detectable >= cutoffs.critical).map((p) => p.metric);
  if (blind.length > 0) notes.push({ code: "history-too-noisy", params: { metrics: blind, critical: cutoffs.critical, runs } });
  return notes;
}

// src/verdict/capacity-compare.ts
var CAPACITY_SUBJECT = "whole run";
function compareCapacity(current, runs, settings) {
  const history = runs.map((r) => r.capacityRps).filter((v) => typeof v === "number" && v > 0);
  if (history.length === 0 || current.heldToCeiling) return void 0;
  const base = { endpoint: CAPACITY_SUBJECT, metric: "capacity", changeKind: "relative", method: "history", n1: history.length, n2: 1 };
  if (!(current.capacityRps > 0)) {
    const center = Math.exp(history.reduce((a, v) => a + Math.log(v), 0) / history.length);
    return { ...base, baseline: center, current: 0, change: -1, p: 0, pAdjusted: 0, significant: true, direction: "worse", severity: "critical" };
  }
  const test = historySpreadTest(current.capacityRps, history, { alternative: "less" });
  const significant = test.p < settings.alpha;
  const direction = Math.abs(test.change) < 5e-3 ? "same" : test.change < 0 ? "worse" : "better";
  return {
    ...base,
    baseline: test.center,
    current: current.capacityRps,
    change: test.change,
    interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
    p: test.p,
    pAdjusted: test.p,
    significant,
    direction,
    severity: significant && direction === "worse" ? levelFor(-test.change, settings.severity) : "none",
    spread: test.spread
  };
}

// src/verdict/cpu-compare.ts
var CPU_SUBJECT = "target";
var CPU_METRIC = "target_cpu_per_request";
var MIN_TRIALS = 2;
function pairedCpuTest(result, baseline, cutoffs, thresholded = false) {
  const x = result.targetResources?.cpuPerRequest?.trialsMs ?? [];
  const y = baseline.cpuMsPerRequest ?? [];
  if (x.length >= MIN_TRIALS && y.length >= MIN_TRIALS) return { test: testTrialValues(CPU_SUBJECT, CPU_METRIC, x, y, false, cutoffs), notes: [] };
  if (x.length === 0 && y.length === 0 && !thresholded) return { notes: [] };
  const missing = x.length < MIN_TRIALS ? y.length < MIN_TRIALS ? "both" : "current" : "baseline";
  return { notes: [{ code: "cpu-not-compared", params: { mode: "paired", missing } }] };
}
function historyCpuTest(result, runs, cutoffs, thresholded = false) {
  const current = result.targetResources?.cpuPerRequest?.medianMs;
  const history = runs.map((r) => r.cpuMsPerRequest ?? []).filter((trials) => trials.length > 0).map((trials) => median2(trials)).filter((v) => v > 0);
  if (current === void 0 || !(current > 0)) {
    return history.length > 0 || thresholded ? { notes: [{ code: "cpu-not-compared", params: { mode: "cache", missing: "current" } }] } : { notes: [] };
  }
  if (history.length === 0) return { notes: [] };
  const test = historySpreadTest(current, history, { alternative: "greater" });
  return {
    test: {
      endpoint: CPU_SUBJECT,
      metric: CPU_METRIC,
      baseline: test.center,
      current,
      change: test.change,
      changeKind: "relative",
      interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
      p: test.p,
      n1: result.targetResources?.cpuPerRequest?.trialsMs.length ?? 1,
      n2: history.length,
      direction: directionOf(test.change, 5e-3, false),
      method: "history",
      spread: test.spread,
      cutoffs
    },
    notes: []
  };
}

// src/verdict/recovery-compare.ts
var RECOVERY_SUBJECT = "whole run";
var RECOVERY_FLOOR_MS = 1e3;
function compareRecovery(current, runs, settings) {
  const history = runs.map((r) => r.recoveryMs).filter((v) => typeof v === "number" && v >= 0);
  if (history.length === 0) return void 0;
  const base = { endpoint: RECOVERY_SUBJECT, metric: "recovery_time", changeKind: "relative", method: "history", n1: history.length, n2: 1 };
  const shifted = history.map((v) => v + RECOVERY_FLOOR_MS);
  if (!current.recovered || current.recoveryMs === void 0) {
    const center = Math.exp(shifted.reduce((a, v) => a + Math.log(v), 0) / shifted.length) - RECOVERY_FLOOR_MS;
    const change = (current.watchedMs + RECOVERY_FLOOR_MS) / (center + RECOVERY_FLOOR_MS) - 1;
    return { ...base, baseline: center, current: current.watchedMs, change, p: 0, pAdjusted: 0, significant: true, direction: "worse", severity: "critical" };
  }
  const test = historySpreadTest(current.recoveryMs + RECOVERY_FLOOR_MS, shifted, { alternative: "greater" });
  const significant = test.p < settings.alpha;
  const direction = Math.abs(test.change) < 5e-3 ? "same" : test.change > 0 ? "worse" : "better";
  return {
    ...base,
    baseline: test.center - RECOVERY_FLOOR_MS,
    current: current.recoveryMs,
    change: test.change,
    interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
    p: test.p,
    pAdjusted: test.p,
    significant,
    direction,
    severity: significant && direction === "worse" ? levelFor(test.change, settings.severity) : "none",
    spread: test.spread
  };
}

// src/verdict/baseline-notes.ts
var BASELINE_STALE_DAYS = 30;
var DAY_MS = 24 * 60 * 60 * 1e3;
function describeRunner(r) {
  return `${r.cpuModel}, ${r.cores} cores, ${r.os}`;
}
function sameRunnerKind(a, b) {
  return a.cpuModel === b.cpuModel && a.cores === b.cores && a.os === b.os;
}
function baselineNotes(result, runs) {
  const notes = [];
  const other = runs.filter((r) => r.runner && !sameRunnerKind(r.runner, result.runner));
  if (other.length > 0) {
    const kinds = [...new Set(other.map((r) => describeRunner(r.runner)))];
    notes.push({
      code: "other-runner",
      params: { otherRuns: other.length, runs: runs.length, runners: kinds.slice(0, 3), moreRunners: kinds.length > 3, thisRunner: describeRunner(result.runner) }
    });
  }
  const newest = runs[runs.length - 1];
  const ageMs = Date.parse(result.startedAt) - Date.parse(newest?.savedAt ?? "");
  if (Number.isFinite(ageMs) && ageMs > BASELINE_STALE_DAYS * DAY_MS) {
    notes.push({ code: "stale-baseline", params: { savedAt: newest.savedAt, ageDays: Math.floor(ageMs / DAY_MS) } });
  }
  return notes;
}

// src/profile/thresholds.ts
var RUN_THRESHOLD_METRICS = ["capacity", "target_rss_growth", "target_cpu_per_request", "recovery_time", "p95_drift"];
function isRunThresholdMetric(metric) {
  return RUN_THRESHOLD_METRICS.includes(metric);
}
var ENDPOINT_THRESHOLD_METRICS = ["p50", "p90", "p95", "p99", "max", "mean", "error_rate", "throughput"];
var THRESHOLD_METRICS = [...ENDPOINT_THRESHOLD_METRICS, ...RUN_THRESHOLD_METRICS];
function isFloorMetric(metric) {
  return metric === "throughput" || metric === "capacity";
}
var SEVERITIES = ["minor", "major", "critical"];
function readLimit(metric, value, path, issues) {
  if (metric === "capacity") {
    const rps = typeof value === "string" ? Number(/^\s*(\d+(?:\.\d+)?)\s*\/\s*s\s*$/.exec(value)?.[1] ?? Number.NaN) : value;
    if (typeof rps === "number" && Number.isFinite(rps) && rps > 0) return rps;
    issues.push({ path, message: `${describeValue(value)} is not a capacity in requests per second > 0 (e.g. 800 or 800/s)` });
    return void 0;
  }
  if (metric === "target_rss_growth") {
    const mb = typeof value === "string" ? Number(/^\s*(\d+(?:\.\d+)?)\s*MB\s*\/\s*min\s*$/i.exec(value)?.[1] ?? Number.NaN) : value;
    if (typeof mb === "number" && Number.isFinite(mb) && mb > 0) return mb;
    issues.push({ path, message: `${describeValue(value)} is not a growth in MB per minute > 0 (e.g. 5MB/min or 5)` });
    return void 0;
  }
  if (metric === "p95_drift") {
    const ms = typeof value === "string" ? Number(/^\s*(\d+(?:\.\d+)?)\s*ms\s*\/\s*min\s*$/i.exec(value)?.[1] ?? Number.NaN) : value;
    if (typeof ms === "number" && Number.isFinite(ms) && ms > 0) return ms;
    issues.push({ path, message: `${describeValue(value)} is not a drift in ms per minute > 0 (e.g. 1ms/min or 1)` });
    return void 0;
  }
  if (metric === "throughput") {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
    issues.push({ path, message: `${describeValue(value)} is not a number of requests per second > 0 (e.g. 500)` });
    return void 0;
  }
  if (metric === "error_rate") {
    const fraction = readFraction(value, path, issues);
    if (fraction !== void 0 && fraction > 1) {
      issues.push({ path, message: `${describeValue(value)} is more than 100%` });
      return void 0;
    }
    return fraction;
  }
  return readDuration(value, path, false, issues);
}
function checkOrder(metric, tiers, path, issues) {
  const floor = isFloorMetric(metric);
  for (let i = 1; i < tiers.length; i++) {
    const [lower, higher] = [tiers[i - 1], tiers[i]];
    const ordered = floor ? higher.limit <= lower.limit : higher.limit >= lower.limit;
    if (ordered) continue;
    const relation = floor ? "at most" : "at least";
    issues.push({
      path,
      message: `the ${higher.severity} limit must be ${relation} the ${lower.severity} limit (${floor ? `${metric} is a floor: minor >= major >= critical` : "minor <= major <= critical"})`
    });
    return;
  }
}
function readTiers(metric, value, path, issues) {
  if (!isMapping(value)) {
    const limit = readLimit(metric, value, path, issues);
    return limit === void 0 ? [] : [{ metric, severity: "critical", limit }];
  }
  const mapping = readMapping(value, path, SEVERITIES, issues) ?? {};
  const tiers = [];
  let complete = true;
  for (const severity of SEVERITIES) {
    if (mapping[severity] === void 0) continue;
    const limit = readLimit(metric, mapping[severity], joinPath(path, severity), issues);
    if (limit === void 0) complete = false;
    else tiers.push({ metric, severity, limit });
  }
  if (Object.keys(mapping).length === 0) {
    issues.push({ path, message: `has no tiers (give one or more of ${SEVERITIES.join(", ")})` });
  }
  if (complete) checkOrder(metric, tiers, path, issues);
  return tiers;
}
function readThresholds(value, path, issues, scope = "profile") {
  if (value === void 0) return [];
  let given = value;
  if (scope === "endpoint" && isMapping(value)) {
    for (const key of RUN_THRESHOLD_METRICS) {
      if (value[key] !== void 0) issues.push({ path: joinPath(path, key), message: `is a figure of the whole run, not of one endpoint; put it under the profile's thresholds` });
    }
    given = Object.fromEntries(Object.entries(value).filter(([key]) => !RUN_THRESHOLD_METRICS.includes(key)));
  }
  const mapping = readMapping(given, path, scope === "endpoint" ? ENDPOINT_THRESHOLD_METRICS : THRESHOLD_METRICS, issues);
  if (!mapping) return [];
  const tiers = [];
  for (const [key, tierValue] of Object.entries(mapping)) {
    if (!THRESHOLD_METRICS.includes(key)) continue;
    tiers.push(...readTiers(key, tierValue, joinPath(path, key), issues));
  }
  return tiers;
}

// src/verdict/recovery.ts
function recoveryTime(windows, settings) {
  const windowMs = settings.windowMs ?? 1e3;
  const before = windows.filter((w) => w.startMs + windowMs <= settings.spikeStartMs && w.requests > 0).map((w) => w.p95Ms).sort((a, b) => a - b);
  const preSpikeP95Ms = before.length === 0 ? Number.NaN : before[Math.floor((before.length - 1) / 2)];
  const after = windows.filter((w) => w.startMs >= settings.spikeEndMs);
  const watchedMs = after.length === 0 ? 0 : after[after.length - 1].startMs + windowMs - settings.spikeEndMs;
  if (Number.isNaN(preSpikeP95Ms)) {
    return { recovered: false, watchedMs, preSpikeP95Ms, reason: "no answered window before the spike to compare with" };
  }
  const limit = preSpikeP95Ms * (1 + settings.band);
  const good = (w) => w.requests > 0 && w.errors === 0 && w.p95Ms <= limit;
  let run = 0;
  for (let i = 0; i < after.length; i++) {
    run = good(after[i]) ? run + 1 : 0;
    if (run === settings.settle) {
      const first = after[i - settings.settle + 1];
      return { recovered: true, recoveryMs: Math.max(0, first.startMs - settings.spikeEndMs), preSpikeP95Ms };
    }
  }
  return { recovered: false, watchedMs, preSpikeP95Ms, reason: `p95 not back within ${Math.round(settings.band * 100)}% of ${preSpikeP95Ms} ms without errors for ${settings.settle} windows in a row before the run ended` };
}

// src/verdict/recovery-reading.ts
function timelineWindows(timeline) {
  const windows = [];
  for (let i = 0; i < timeline.points; i++) {
    let requests = 0;
    let errors = 0;
    let p95Ms = 0;
    for (const e of timeline.endpoints) {
      requests += e.requests[i] ?? 0;
      for (const series of Object.values(e.errors)) errors += series?.[i] ?? 0;
      if ((e.requests[i] ?? 0) > 0) p95Ms = Math.max(p95Ms, e.p95Ms[i] ?? 0);
    }
    windows.push({ startMs: i * timeline.bucketMs, p95Ms, requests, errors });
  }
  return windows;
}
function runRecovery(load, timeline) {
  if (load.model !== "open" || load.shape.kind !== "spike" || !load.recovery || !timeline) return void 0;
  const span = spikeSpan(load.shape.spikeMs, load.durationMs);
  const settings = { band: load.recovery.band, settleMs: load.recovery.settleMs, spikeStartMs: span.startMs, spikeEndMs: span.endMs };
  const reading = recoveryTime(timelineWindows(timeline), {
    spikeStartMs: span.startMs,
    spikeEndMs: span.endMs,
    band: load.recovery.band,
    settle: Math.max(1, Math.ceil(load.recovery.settleMs / timeline.bucketMs)),
    windowMs: timeline.bucketMs
  });
  const watchedMs = load.durationMs - span.endMs;
  if (reading.recovered) return { recovered: true, recoveryMs: reading.recoveryMs, watchedMs, preSpikeP95Ms: reading.preSpikeP95Ms, ...settings };
  const preSpikeP95Ms = Number.isNaN(reading.preSpikeP95Ms) ? 0 : reading.preSpikeP95Ms;
  return { recovered: false, watchedMs, preSpikeP95Ms, ...settings, reason: reading.reason };
}
function withRecovery(result, load) {
  const recovery = runRecovery(load, result.timeline);
  return recovery ? { ...result, recovery } : result;
}
function recoveryValueMs(recovery) {
  return recovery.recovered && recovery.recoveryMs !== void 0 ? recovery.recoveryMs : recovery.watchedMs;
}

// src/verdict/thresholds.ts
var RUN_THRESHOLD_SUBJECT = "whole run";
function thresholdValue(endpoint, metric) {
  if (isRunThresholdMetric(metric)) return Number.NaN;
  if (metric === "error_rate") return endpoint.errorRate;
  if (metric === "throughput") return endpoint.rps;
  return endpoint.latencyMs[metric];
}
function runThresholdValue(result, metric) {
  if (metric === "capacity") return result.capacity?.capacityRps;
  if (metric === "target_rss_growth") {
    const trend = result.targetResources?.rssTrend;
    return trend === void 0 ? void 0 : trend.lower > 0 ? trend.perMinute : 0;
  }
  if (metric === "target_cpu_per_request") return result.targetResources?.cpuPerRequest?.medianMs;
  if (metric === "recovery_time") return result.recovery ? recoveryValueMs(result.recovery) : void 0;
  if (metric === "p95_drift") return worstDrift(result.latencyDrift)?.value;
  return void 0;
}
function crosses(tier, actual) {
  return tier.metric === "throughput" || tier.metric === "capacity" ? actual < tier.limit : actual > tier.limit;
}
function checkRunThresholds(profile, result) {
  const worst = /* @__PURE__ */ new Map();
  for (const tier of profile.thresholds) {
    const actual = runThresholdValue(result, tier.metric);
    const unrecovered = tier.metric === "recovery_time" && result.recovery?.recovered === false;
    if (actual === void 0 || !(unrecovered || crosses(tier, actual))) continue;
    const seen = worst.get(tier.metric);
    if (!seen || LEVELS.indexOf(tier.severity) > LEVELS.indexOf(seen.severity)) {
      const endpoint = tier.metric === "p95_drift" ? worstDrift(result.latencyDrift)?.endpoint ?? RUN_THRESHOLD_SUBJECT : RUN_THRESHOLD_SUBJECT;
      worst.set(tier.metric, { endpoint, metric: tier.metric, severity: tier.severity, limit: tier.limit, actual });
    }
  }
  return [...worst.values()];
}
function checkThresholds(profile, endpoints) {
  const breaches = [];
  for (const result of endpoints) {
    const spec = profile.endpoints.find((e) => e.name === result.name);
    const tiers = [...profile.thresholds, ...spec?.thresholds ?? []];
    const worst = /* @__PURE__ */ new Map();
    for (const tier of tiers) {
      if (isRunThresholdMetric(tier.metric)) continue;
      const actual = thresholdValue(result, tier.metric);
      if (!crosses(tier, actual)) continue;
      const seen = worst.get(tier.metric);
      if (!seen || LEVELS.indexOf(tier.severity) > LEVELS.indexOf(seen.severity)) {
        worst.set(tier.metric, {
          endpoint: result.name,
          metric: tier.metric,
          severity: tier.severity,
          limit: tier.limit,
          actual
        });
      }
    }
    breaches.push(...worst.values());
  }
  return breaches;
}

// src/verdict/decide.ts
function decideVerdict(input) {
  const { profile, result, failOn } = input;
  const mode = input.mode ?? "cache";
  const notes = [];
  let baselineUse = { ...input.baselineUse, mode };
  let comparisons = [];
  const baseline = input.baseline;
  if (baseline && mode === "cache" && baseline.profile.fingerprint !== input.fingerprint) {
    baselineUse = {
      ...baselineUse,
      status: "incompatible",
      reason: "the profile\u2019s load or endpoints changed since this baseline was recorded; it is not compared"
    };
  } else if (baseline && baseline.runs.length > 0) {
    const outcome = compareRuns(profile, result, baseline, mode);
    comparisons = outcome.comparisons;
    notes.push(...outcome.notes, ...result.load.model === "closed" ? closedModelNotes(comparisons) : []);
    if (mode === "cache") notes.push(...baselineNotes(result, baseline.runs));
  }
  const breaches = [...checkThresholds(profile, result.endpoints), ...checkRunThresholds(profile, result)];
  const cpuUnchecked = profile.thresholds.some((t) => t.metric === CPU_METRIC) && result.targetResources?.cpuPerRequest === void 0;
  if (cpuUnchecked && !notes.some((n) => n.code === "cpu-not-compared")) notes.push({ code: "cpu-not-compared", params: { mode, missing: "current" } });
  let maxSeverity = "none";
  let advisorySeverity = "none";
  for (const c of comparisons) {
    maxSeverity = maxLevel(maxSeverity, c.severity);
    advisorySeverity = maxLevel(advisorySeverity, c.advisorySeverity ?? "none");
  }
  for (const b of breaches) maxSeverity = maxLevel(maxSeverity, b.severity);
  const compared = comparisons.length > 0;
  const status = maxSeverity !== "none" ? "regressed" : compared ? "pass" : "no-baseline";
  return {
    status,
    maxSeverity,
    advisorySeverity,
    failOn,
    failed: reaches(maxSeverity, failOn),
    comparisons,
    breaches,
    baseline: baselineUse,
    notes
  };
}
function compareRuns(profile, result, baseline, mode) {
  if (result.capacity) {
    const comparison = mode === "cache" ? compareCapacity(result.capacity, baseline.runs, profile.regression) : void 0;
    return { comparisons: comparison ? [comparison] : [], notes: [] };
  }
  const cutoffs = /* @__PURE__ */ new Map();
  for (const e of profile.endpoints) if (e.severity) cutoffs.set(e.name, e.severity);
  const runs = baseline.runs;
  const thresholded = profile.thresholds.some((t) => t.metric === CPU_METRIC);
  const cpu = mode === "paired" ? pairedCpuTest(result, runs[0], profile.regression.severity, thresholded) : historyCpuTest(result, runs, profile.regression.severity, thresholded);
  const runTests = cpu.test ? [cpu.test] : [];
  const outcome = mode === "paired" ? compareWithBaseline(result.endpoints, runs[0].endpoints, profile.regression, cutoffs, runTests) : compareWithHistory(result.endpoints, runs, profile.regression, cutoffs, runTests);
  const recovery = mode !== "paired" && result.recovery ? compareRecovery(result.recovery, runs, profile.regression) : void 0;
  return { comparisons: recovery ? [...outcome.comparisons, recovery] : outcome.comparisons, notes: [...outcome.notes, ...cpu.notes] };
}
var LATENCY = /* @__PURE__ */ new Set(["p50", "p90", "p95", "p99", "mean"]);
function closedModelNotes(comparisons) {
  const found = (c) => c.severity !== "none" || c.advisorySeverity !== void 0 && c.advisorySeverity !== "none";
  const slower = new Set(comparisons.filter((c) => LATENCY.has(c.metric) && found(c)).map((c) => c.endpoint));
  if (slower.size === 0) return [];
  const knockOn = comparisons.filter((c) => c.metric === "throughput" && found(c) && !slower.has(c.endpoint)).map((c) => c.endpoint);
  if (knockOn.length === 0) return [];
  return [{ code: "closed-model-throughput", params: { knockOn, slower: [...slower] } }];
}

// src/verdict/run-health.ts
function withRunHealth(verdict, result) {
  const unmeasured = result.warnings.filter((w) => UNMEASURED_CODES.has(w.code));
  if (unmeasured.length === 0) return verdict;
  return {
    ...verdict,
    status: "error",
    failed: true,
    notes: [
      ...verdict.notes,
      { code: "run-unmeasured", params: { causes: unmeasured.map((w) => w.code) } }
    ]
  };
}

// src/report/notes.ts
function noteText(note) {
  switch (note.code) {
    case "new-endpoint":
      return `${note.params.endpoint}: not in the baseline, not compared`;
    case "no-data": {
      const { endpoint, missingIn } = note.params;
      if (missingIn === "some-metrics") return `${endpoint}: no completed requests in this run or in the baseline for some metrics, those are not compared`;
      return `${endpoint}: no requests ${missingIn === "current" ? "in this run" : "in the baseline"}, not compared`;
    }
    case "too-few-trials": {
      const p = note.params;
      return `with ${p.currentTrials} current and ${p.baselineTrials} baseline trials the smallest possible p is ${p.smallestP.toPrecision(2)}, but ${p.tests} tests at alpha ${p.alpha} need p < ${p.neededP.toPrecision(2)}: no latency or throughput regression can be detected \u2014 use more trials`;
    }
    case "percentile-skipped": {
      const { metric, endpoints, fewestRequests, neededRequests } = note.params;
      return `${metric} not compared on ${endpoints.join(", ")}: a trial held as few as ${formatCount(fewestRequests)} requests, and a ${metric} needs ${formatCount(neededRequests)} (10 beyond it) to be more than sampling noise \u2014 lengthen the trials or add connections`;
    }
    case "other-runner": {
      const p = note.params;
      return `${p.otherRuns === p.runs ? "every" : `${p.otherRuns} of ${p.runs}`} baseline run${p.runs === 1 ? "" : "s"} measured on a different runner (${p.runners.join("; ")}${p.moreRunners ? "; \u2026" : ""}) than this one (${p.thisRunner}): machine differences are part of what the comparison sees`;
    }
    case "stale-baseline":
      return `the newest baseline run was recorded ${note.params.savedAt}, ${note.params.ageDays} days before this run: the protected branch has likely changed since \u2014 refresh the baseline (save-baseline on pushes to it)`;
    case "closed-model-throughput":
      return `throughput fell on ${note.params.knockOn.join(", ")} although their latency did not rise: with a fixed number of connections, time spent waiting on ${note.params.slower.join(", ")} is time not spent on the others`;
    case "history-sensitivity":
      return historySensitivityText(note.params);
    case "history-too-noisy": {
      const { metrics, critical, runs } = note.params;
      return `${metrics.join(", ")}: a critical change (${formatPercent(critical, 0)}) on every endpoint at once would be inside the spread of ${runsText(runs)}; such a change is reported as advisory until the history holds more runs`;
    }
    case "cpu-not-compared": {
      const { mode, missing } = note.params;
      const lead = "target CPU per request not compared: ";
      if (missing === "both") return `${lead}neither target\u2019s CPU time was sampled (give target-pid or target-container, and baseline-target-pid)`;
      if (missing === "baseline") return `${lead}the baseline target\u2019s CPU time was not sampled (give baseline-target-pid)`;
      return `${lead}${mode === "paired" ? "the target\u2019s" : "this run\u2019s target"} CPU time was not sampled (give target-pid or target-container)`;
    }
    case "run-unmeasured":
      return `the run fails: ${note.params.causes.map(causeText).join(", and ")} (see the warnings)`;
  }
}
function reportNotes(notes) {
  return notes.map((note) => ({ code: note.code, message: noteText(note) }));
}
function historySensitivityText(p) {
  const list = (values) => values.map(detectableText).join(", ");
  if (p.relative.length > 0) {
    return `with ${runsText(p.runs)}, a change on some endpoints against the rest of the run can be detected from ${list(p.relative)} (median over endpoints); a change on every endpoint at once from ${list(p.history)}, since it cannot be told from a slower runner. For a stricter gate use paired mode (baseline-target)`;
  }
  return `with ${runsText(p.runs)} and ${p.endpoints === 1 ? "one endpoint" : "one comparable endpoint"}, a change can only be judged against the run-to-run spread: the smallest detectable is ${list(p.history)}. A second endpoint (even a health check) lets the gate tell a slower endpoint from a slower runner`;
}
function detectableText({ metric, detectable }) {
  return `${metric} ${formatPercent(metric === "throughput" ? -detectable : detectable, 0)}`;
}
function runsText(runs) {
  return runs === 1 ? "1 stored run" : `${runs} stored runs`;
}
function causeText(code) {
  return code === "no-answers" ? "no request of the measured phase was answered" : "the target stopped answering during the run";
}

// src/report/document.ts
function buildReport(result, verdict) {
  return {
    ...result,
    verdict: {
      status: verdict.status,
      maxSeverity: verdict.maxSeverity,
      advisorySeverity: verdict.advisorySeverity,
      failOn: verdict.failOn,
      failed: verdict.failed
    },
    comparisons: verdict.comparisons,
    breaches: verdict.breaches,
    baseline: verdict.baseline,
    notes: reportNotes(verdict.notes)
  };
}

// src/profile/fingerprint.ts
import { createHash } from "node:crypto";

// src/profile/recovery.ts
var RECOVERY_KEYS = ["band", "settle"];
var DEFAULT_RECOVERY = { band: 0.2, settleMs: 3e3 };
var MAX_SETTLE_MS = 6e5;
function readRecovery(load, path, shape, watchMs, issues) {
  const at = joinPath(path, "recovery");
  if (shape !== "spike") {
    if (load.recovery !== void 0) {
      issues.push({ path: at, message: `only applies to shape: spike (the time to recover is measured after a spike; this load's shape is ${shape})` });
    }
    return void 0;
  }
  const mapping = load.recovery === void 0 ? {} : readMapping(load.recovery, at, RECOVERY_KEYS, issues);
  if (!mapping) return { ...DEFAULT_RECOVERY };
  const settings = { ...DEFAULT_RECOVERY };
  if (mapping.band !== void 0) {
    const band = readFraction(mapping.band, joinPath(at, "band"), issues);
    if (band !== void 0 && band <= 0) {
      issues.push({ path: joinPath(at, "band"), message: `${describeValue(mapping.band)} leaves no room above the pre-spike p95; give a share above 0%, e.g. 20%` });
    } else if (band !== void 0) {
      settings.band = band;
    }
  }
  if (mapping.settle !== void 0) {
    const ms = readDuration(mapping.settle, joinPath(at, "settle"), false, issues, MAX_SETTLE_MS);
    if (ms !== void 0) settings.settleMs = ms;
  }
  if (mapping.settle === void 0 && settings.settleMs > watchMs) {
    settings.settleMs = Math.max(1, watchMs);
  } else if (settings.settleMs > watchMs) {
    issues.push({
      path: joinPath(at, "settle"),
      message: `a settle of ${formatDurationMs(settings.settleMs)} is longer than the ${formatDurationMs(watchMs)} the spike leaves after it ((duration \u2212 spike_duration) / 2); lengthen duration or shorten settle`
    });
  }
  return settings;
}

// src/profile/fingerprint.ts
var FINGERPRINT_VERSION = 1;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
function comparableLoad(load) {
  if (load.model !== "open" || !load.recovery) return load;
  const isDefault = load.recovery.band === DEFAULT_RECOVERY.band && load.recovery.settleMs === DEFAULT_RECOVERY.settleMs;
  return isDefault ? { ...load, recovery: void 0 } : load;
}
function profileFingerprint(profile) {
  const comparable = {
    version: FINGERPRINT_VERSION,
    load: comparableLoad(profile.load),
    // timeoutMs is absent unless set, so profiles without per-endpoint timeouts keep their fingerprint.
    endpoints: profile.endpoints.map(({ name, method, path, headers, body, weight, timeoutMs }) => ({
      name,
      method,
      path,
      headers,
      body,
      weight,
      timeoutMs
    })),
    // Absent without flows, so profiles without them keep their fingerprint.
    flows: profile.flows?.map((flow) => ({
      name: flow.name,
      weight: flow.weight,
      thinkTime: flow.thinkTime,
      iterationThinkTime: flow.iterationThinkTime,
      cookies: flow.cookies,
      onFailure: flow.onFailure,
      feeder: flow.feeder && { file: flow.feeder.file, order: flow.feeder.order },
      steps: flow.steps.map(({ name, method, path, headers, body, timeoutMs, captures, checks }) => ({
        name,
        method,
        path,
        headers,
        body,
        timeoutMs,
        captures,
        checks
      }))
    })),
    // Absent for HTTP profiles, so their fingerprints stay; a WebSocket load's every setting but its
    // thresholds changes what is measured.
    ...profile.websocket ? { websocket: { ...profile.websocket, thresholds: void 0, handshakeThresholds: void 0 } } : {}
  };
  return createHash("sha256").update(canonicalJson(comparable)).digest("hex");
}

// src/pipeline/wait.ts
async function waitForTarget(edges, target, readiness, role) {
  edges.log.info(`Waiting for ${role ? `the ${role} ` : ""}${target} to answer (up to ${readiness.timeoutMs / 1e3} s)`);
  const ready = await edges.waitUntilReady(joinUrl(target, readiness.path), { timeoutMs: readiness.timeoutMs });
  edges.log.info(`${role ? `The ${role}` : "Target"} answered after ${(ready.waitedMs / 1e3).toFixed(1)} s`);
}

// src/baseline/save-rule.ts
function planBaselineSave(input) {
  const { requested, runRefusal, restored } = input;
  if (!requested) return { action: "skip" };
  if (runRefusal !== void 0) return { action: "refuse", reason: runRefusal };
  if (restored.status === "unusable" && restored.unread) {
    return {
      action: "refuse",
      reason: `${restored.source} exists but could not be read, and saving now would replace its history with this one run; the next run on this branch saves as usual (if this keeps happening, delete that cache entry)`
    };
  }
  return restored.status === "found" ? { action: "save", previous: restored.baseline } : { action: "save" };
}

// src/plan/capacity-ladder.ts
var MAX_LADDER_STEPS = 100;
function ladderRates(ladder) {
  const rates = [];
  for (let i = 0; ; i++) {
    const rate = ladder.startRps + i * ladder.stepRps;
    if (rate > ladder.ceilingRps + 1e-9 || rates.length >= MAX_LADDER_STEPS) break;
    rates.push(round(rate));
  }
  if (rates[rates.length - 1] < ladder.ceilingRps && rates.length < MAX_LADDER_STEPS) rates.push(ladder.ceilingRps);
  return rates;
}
function planLadder(ladder, warmupMs) {
  const stepRates = ladderRates(ladder);
  const stages = [];
  if (warmupMs > 0) stages.push({ durationMs: warmupMs, rateRps: ladder.startRps });
  for (const rate of stepRates) {
    stages.push({ durationMs: 0, rateRps: rate }, { durationMs: ladder.stepMs, rateRps: rate });
  }
  return {
    stepRates,
    shape: { kind: "stages", startRps: ladder.startRps, stages },
    durationMs: stepRates.length * ladder.stepMs,
    trials: stepRates.length * ladder.trialsPerStep
  };
}
function round(v) {
  return Math.round(v * 1e6) / 1e6;
}

// src/verdict/capacity.ts
function trialBreaks(trial, rateRps, slo) {
  const causes = [];
  if (slo.p95Ms !== void 0 && !(trial.p95Ms <= slo.p95Ms)) causes.push("latency");
  if (slo.errorRate !== void 0 && !(trial.errorRate <= slo.errorRate)) causes.push("errors");
  if (!(trial.sentRps >= slo.achievedShare * rateRps)) causes.push("rate");
  return causes;
}
function readStep(step, slo) {
  const tally = /* @__PURE__ */ new Map();
  let held = 0;
  for (const trial of step.trials) {
    const causes = trialBreaks(trial, step.rateRps, slo);
    if (causes.length === 0) held++;
    for (const c of causes) tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  const broke = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([cause]) => cause);
  return { rateRps: step.rateRps, trials: step.trials.length, held, holds: step.trials.length > 0 && held * 2 > step.trials.length, broke };
}
function shouldStopAfter(step, slo, targetStopped, previous) {
  if (targetStopped) return true;
  return previous !== void 0 && !readStep(step, slo).holds && !readStep(previous, slo).holds;
}
function confirmedBreak(readings) {
  for (let i = 0; i < readings.length; i++) {
    if (!readings[i].holds && (i === readings.length - 1 || !readings[i + 1].holds)) return i;
  }
  return -1;
}
function capacityOf(steps, slo, ceilingRps) {
  const readings = steps.map((s) => readStep(s, slo));
  const breakIndex = confirmedBreak(readings);
  if (breakIndex === -1) {
    const top = readings.length > 0 ? readings[readings.length - 1].rateRps : 0;
    const lower2 = lastAllHeld(readings, readings.length - 1);
    return { capacityRps: top, lowerRps: lower2, upperRps: ceilingRps, heldToCeiling: true, steps: readings };
  }
  const capacity = breakIndex === 0 ? 0 : readings[breakIndex - 1].rateRps;
  const lower = breakIndex === 0 ? 0 : lastAllHeld(readings, breakIndex - 1);
  let upper = readings[breakIndex].rateRps;
  if (readings[breakIndex].held > 0) {
    const certain = readings.slice(breakIndex + 1).find((r) => r.held === 0);
    const confirming = readings[breakIndex + 1];
    upper = certain ? certain.rateRps : confirming ? confirming.rateRps : ceilingRps;
  }
  return {
    capacityRps: capacity,
    lowerRps: lower,
    upperRps: upper,
    brokeAt: { rateRps: readings[breakIndex].rateRps, causes: readings[breakIndex].broke },
    heldToCeiling: false,
    steps: readings
  };
}
function lastAllHeld(readings, to) {
  let rate = 0;
  for (let i = 0; i <= to; i++) {
    if (readings[i].held === readings[i].trials && readings[i].trials > 0) rate = readings[i].rateRps;
  }
  return rate;
}

// src/verdict/capacity-reading.ts
function ladderSteps(endpoints, settings, stepRates, trialsRun) {
  const trialCount = trialsRun ?? Math.max(0, ...endpoints.map((e) => e.trials.length));
  const steps = [];
  for (let k = 0; k < trialCount; k++) {
    const stepIndex = Math.floor(k / settings.trialsPerStep);
    if (stepIndex >= stepRates.length) break;
    let requests = 0;
    let errors = 0;
    let rps = 0;
    let p95 = Number.NaN;
    for (const e of endpoints) {
      const t = e.trials[k];
      if (!t) continue;
      requests += t.requests;
      errors += t.errors;
      rps += t.rps;
      if (t.requests - t.errors > 0 || t.latencyMs.p95 > 0) p95 = Number.isNaN(p95) ? t.latencyMs.p95 : Math.max(p95, t.latencyMs.p95);
    }
    const step = steps[stepIndex] ??= { rateRps: stepRates[stepIndex], trials: [] };
    step.trials.push({ p95Ms: p95, errorRate: requests === 0 ? 1 : errors / requests, sentRps: rps });
  }
  return steps;
}
function readCapacity(endpoints, settings, stepRates, trialsRun) {
  return capacityOf(ladderSteps(endpoints, settings, stepRates, trialsRun), { ...settings.hold }, settings.ceilingRps);
}
function runCapacity(load, endpoints, run) {
  if (load.model !== "open" || !load.capacity) return void 0;
  const rates = ladderRates(load.capacity);
  const reading = readCapacity(endpoints, load.capacity, rates, run.trialsRun);
  return {
    ...reading,
    ...run.targetStopped ? { targetStopped: true } : {},
    stepsRun: reading.steps.length,
    stepsPlanned: rates.length
  };
}
function withCapacity(result, load, run) {
  const capacity = runCapacity(load, result.endpoints, run);
  return capacity ? { ...result, capacity } : result;
}

// src/baseline/run-summary.ts
var isObject = (v) => typeof v === "object" && v !== null;
var finite = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function runReadings(result) {
  const loose = result;
  const readings = {};
  const resources = isObject(loose.targetResources) ? loose.targetResources : void 0;
  const rss = finite(resources?.rssGrowthMb);
  if (rss !== void 0) readings.rssGrowthMb = rss;
  const capacity = isObject(loose.capacity) ? loose.capacity : void 0;
  const capacityRps = finite(capacity?.capacityRps);
  if (capacity && capacity.heldToCeiling !== true && capacityRps !== void 0 && capacityRps > 0) readings.capacityRps = capacityRps;
  const recovery = isObject(loose.recovery) ? loose.recovery : void 0;
  const recoveryMs = finite(recovery?.recoveryMs);
  if (recovery && recovery.recovered !== false && recoveryMs !== void 0 && recoveryMs >= 0) readings.recoveryMs = recoveryMs;
  const cpuSeconds = finite(resources?.cpuSeconds);
  const requests = finite(isObject(loose.totals) ? loose.totals.requests : void 0);
  if (cpuSeconds !== void 0 && cpuSeconds >= 0 && requests !== void 0 && requests > 0) readings.cpuMsPerRequest = 1e3 * cpuSeconds / requests;
  return readings;
}
function median3(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function summarizeRun(run, fingerprint, readings = {}) {
  const known = { ...run.capacityRps !== void 0 ? { capacityRps: run.capacityRps } : {}, ...readings };
  return {
    savedAt: run.savedAt,
    ...run.commit ? { commit: run.commit } : {},
    ...run.ref ? { ref: run.ref } : {},
    fingerprint,
    runner: run.runner,
    endpoints: run.endpoints.filter((e) => e.trials.length > 0 && e.requests > 0).map((e) => ({
      name: e.name,
      requests: e.requests,
      values: {
        p50: median3(e.trials.map((t) => t.latencyMs.p50)),
        p90: median3(e.trials.map((t) => t.latencyMs.p90)),
        p95: median3(e.trials.map((t) => t.latencyMs.p95)),
        p99: median3(e.trials.map((t) => t.latencyMs.p99)),
        mean: median3(e.trials.map((t) => t.latencyMs.mean)),
        throughput: median3(e.trials.map((t) => t.rps)),
        error_rate: e.errors / e.requests
      }
    })),
    ...Object.fromEntries(RUN_READINGS.filter((k) => Number.isFinite(known[k])).map((k) => [k, known[k]]))
  };
}

// src/baseline/trend-history.ts
function storedSummaries(previous) {
  if (!previous) return [];
  return previous.trend ?? previous.runs.map((run) => summarizeRun(run, previous.profile.fingerprint));
}
function withTrend(next, summaries, maxRuns) {
  return { ...next, trend: summaries.slice(-Math.max(1, maxRuns)) };
}

// src/stats/energy-statistic.ts
function splitScores(values, start, end, minSegment) {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) {
    throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  }
  const length = end - start;
  if (length < 2 * minSegment) return new Float64Array(0);
  let left = 0;
  let right = 0;
  for (let i = start; i < end; i++) for (let j = i + 1; j < end; j++) right += Math.abs(values[i] - values[j]);
  const total = right;
  const scores = new Float64Array(length - 2 * minSegment + 1);
  for (let split = start + 1; split < end - minSegment + 1; split++) {
    const moved = values[split - 1];
    for (let i = start; i < split - 1; i++) left += Math.abs(values[i] - moved);
    for (let j = split; j < end; j++) right -= Math.abs(moved - values[j]);
    const n = split - start;
    if (n < minSegment) continue;
    const m = end - split;
    const across = total - left - right;
    const energy = 2 * across / (n * m) - 2 * left / (n * n) - 2 * right / (m * m);
    scores[n - minSegment] = n * m / (n + m) * energy;
  }
  return scores;
}
function bestSplit(values, start, end, minSegment) {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) {
    throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  }
  const length = end - start;
  if (length < 2 * minSegment) return void 0;
  const width = length + 1;
  const prefix = new Float64Array(length * width);
  for (let r = 0; r < length; r++) {
    const v = values[start + r];
    let sum2 = 0;
    for (let c = 0; c < length; c++) {
      prefix[r * width + c] = sum2;
      sum2 += Math.abs(v - values[start + c]);
    }
    prefix[r * width + length] = sum2;
  }
  let best;
  let left = 0;
  for (let tau = 1; tau <= length - minSegment; tau++) {
    left += prefix[(tau - 1) * width + (tau - 1)];
    if (tau < minSegment) continue;
    const n = tau;
    const withinLeft = 2 * left / (n * n);
    let right = 0;
    let across = 0;
    for (let kappa = tau + 1; kappa <= length; kappa++) {
      const row = (kappa - 1) * width;
      right += prefix[row + (kappa - 1)] - prefix[row + tau];
      across += prefix[row + tau];
      const m = kappa - tau;
      if (m < minSegment) continue;
      const score2 = n * m / (n + m) * (2 * across / (n * m) - withinLeft - 2 * right / (m * m));
      if (!best || score2 > best.score) best = { index: start + tau, right: start + kappa, score: score2 };
    }
  }
  return best;
}
function splitScore(values, start, end, index) {
  const n = index - start;
  const m = end - index;
  if (n < 1 || m < 1) return 0;
  let across = 0;
  let left = 0;
  let right = 0;
  for (let i = start; i < index; i++) for (let j = index; j < end; j++) across += Math.abs(values[i] - values[j]);
  for (let i = start; i < index; i++) for (let j = i + 1; j < index; j++) left += Math.abs(values[i] - values[j]);
  for (let i = index; i < end; i++) for (let j = i + 1; j < end; j++) right += Math.abs(values[i] - values[j]);
  return n * m / (n + m) * (2 * across / (n * m) - 2 * left / (n * n) - 2 * right / (m * m));
}

// src/stats/optimal-partition.ts
function costOf(sum2, squares, start, end) {
  const n = end - start;
  const s = sum2[end] - sum2[start];
  return Math.max(0, squares[end] - squares[start] - s * s / n);
}
function optimalPartition(values, minSegment, maxSplits, penalty) {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  if (!(Number.isInteger(maxSplits) && maxSplits >= 0)) throw new StatsInputError(`maxSplits: ${String(maxSplits)} must be a whole number >= 0`);
  if (!(penalty >= 0 && Number.isFinite(penalty))) throw new StatsInputError(`penalty: ${String(penalty)} must be a finite number >= 0`);
  const n = values.length;
  const sum2 = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sum2[i + 1] = sum2[i] + values[i];
    squares[i + 1] = squares[i] + values[i] * values[i];
  }
  const most = Math.min(maxSplits, Math.floor(n / minSegment) - 1);
  if (most < 1) return [];
  const best = [];
  const from = [];
  best.push(new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY));
  from.push(new Int32Array(n + 1));
  for (let e = minSegment; e <= n; e++) best[0][e] = costOf(sum2, squares, 0, e);
  let chosen = { splits: 0, total: best[0][n] };
  for (let k = 1; k <= most; k++) {
    const row = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const back = new Int32Array(n + 1);
    for (let e = (k + 1) * minSegment; e <= n; e++) {
      for (let s = k * minSegment; s <= e - minSegment; s++) {
        const c = best[k - 1][s] + costOf(sum2, squares, s, e);
        if (c < row[e]) {
          row[e] = c;
          back[e] = s;
        }
      }
    }
    best.push(row);
    from.push(back);
    const total = row[n] + k * penalty;
    if (total < chosen.total) chosen = { splits: k, total };
  }
  const splits = [];
  let end = n;
  for (let k = chosen.splits; k >= 1; k--) {
    end = from[k][end];
    splits.push(end);
  }
  return splits.reverse();
}
function differenceScale(values) {
  if (values.length < 2) return 0;
  const d = values.slice(1).map((v, i) => Math.abs(v - values[i])).sort((a, b) => a - b);
  const mid = d.length >> 1;
  const median6 = d.length % 2 ? d[mid] : (d[mid - 1] + d[mid]) / 2;
  return median6 / (0.6745 * Math.SQRT2);
}

// src/stats/permutation-test.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function permutationP(values, start, end, observed, s, statistic) {
  const random = prng(s.seed ^ Math.imul(start + 1, 2654435761) ^ Math.imul(end + 1, 2246822507));
  const shuffled = Float64Array.from(values.slice(start, end));
  const allowed = s.level * (s.permutations + 1) - 1;
  let atLeast = 0;
  for (let r = 1; r <= s.permutations; r++) {
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    if (statistic(shuffled) >= observed * (1 - 1e-12)) atLeast++;
    if (atLeast > allowed) return (1 + atLeast) / (1 + r);
  }
  return (1 + atLeast) / (1 + s.permutations);
}
function bestSplitP(values, start, end, observed, minSegment, s) {
  return permutationP(values, start, end, observed, s, (shuffled) => bestSplit(shuffled, 0, shuffled.length, minSegment)?.score ?? 0);
}
function fixedSplitP(values, start, end, index, s) {
  const observed = splitScore(values, start, end, index);
  return permutationP(values, start, end, observed, s, (shuffled) => splitScore(shuffled, 0, shuffled.length, index - start));
}

// src/stats/change-points.ts
var DEFAULT_MIN_SEGMENT = 3;
var DEFAULT_MIN_SERIES = 10;
var MAX_JOINT_SPLITS = 20;
function wholeSeriesP(values, index, o) {
  const best = bestSplit(values, 0, values.length, o.minSegment);
  const observed = best && best.index === index ? best.score : splitScore(values, 0, values.length, index);
  return bestSplitP(values, 0, values.length, observed, o.minSegment, { permutations: o.permutations, seed: o.seed, level: o.alpha });
}
function resolveOptions(options) {
  const { alpha, minShift } = options;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 0.5)) throw new StatsInputError(`alpha: ${String(alpha)} must be between 0 and 0.5, exclusive`);
  if (typeof minShift !== "number" || !(minShift >= 0) || !Number.isFinite(minShift)) throw new StatsInputError(`minShift: ${String(minShift)} must be a finite number >= 0`);
  const minSegment = options.minSegment ?? DEFAULT_MIN_SEGMENT;
  if (!Number.isInteger(minSegment) || minSegment < 2) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 2`);
  const alphaWithin = options.alphaWithin ?? alpha / 2;
  if (typeof alphaWithin !== "number" || !(alphaWithin > 0 && alphaWithin < 0.5)) {
    throw new StatsInputError(`alphaWithin: ${String(alphaWithin)} must be between 0 and 0.5, exclusive`);
  }
  const permutations = options.permutations ?? Math.max(99, Math.ceil(2 / Math.min(alpha, alphaWithin)) - 1);
  if (!Number.isInteger(permutations) || permutations < 19) throw new StatsInputError(`permutations: ${String(permutations)} must be a whole number of at least 19`);
  return { alpha, alphaWithin, minShift, minSegment, permutations, confidence: options.confidence ?? 0.95, seed: options.seed ?? 24301 };
}
function divide(values, o) {
  const found = /* @__PURE__ */ new Map();
  const pending = [{ start: 0, end: values.length }];
  while (pending.length > 0) {
    const { start, end } = pending.pop();
    const split = bestSplit(values, start, end, o.minSegment);
    if (!split) continue;
    const p = bestSplitP(values, start, end, split.score, o.minSegment, { permutations: o.permutations, seed: o.seed, level: o.alpha });
    if (p > o.alpha) continue;
    found.set(split.index, p);
    pending.push({ start, end: split.index }, { start: split.index, end });
  }
  return found;
}
function changePoints(values, options) {
  const o = resolveOptions(options);
  const need = Math.max(DEFAULT_MIN_SERIES, 2 * o.minSegment);
  const base = { alpha: o.alpha, alphaWithin: o.alphaWithin, permutations: o.permutations };
  if (values.length < need) {
    return {
      ...base,
      changePoints: [],
      warnings: [{ code: "series-too-short", have: values.length, need, message: `not enough runs yet (${values.length} of ${need})` }]
    };
  }
  assertSample(values, "values", false);
  const pValues = divide(values, o);
  if (pValues.size > 0) {
    const sigma = differenceScale(values);
    for (const index of optimalPartition(values, o.minSegment, MAX_JOINT_SPLITS, 2 * sigma * sigma * Math.log(values.length))) {
      if (!pValues.has(index)) pValues.set(index, Number.NaN);
    }
  }
  let indices = [...pValues.keys()].sort((a, b) => a - b);
  const shiftAt = (k) => {
    const start = k > 0 ? indices[k - 1] : 0;
    const end = k + 1 < indices.length ? indices[k + 1] : values.length;
    return { start, end, shift: hodgesLehmannShift(values.slice(indices[k], end), values.slice(start, indices[k]), { confidence: o.confidence }) };
  };
  const retest = new Set(indices);
  for (; ; ) {
    indices = relocate(values, indices, o.minSegment, retest);
    const shifts = indices.map((_, k) => shiftAt(k));
    let drop = -1;
    shifts.forEach((s, k) => {
      if (Math.abs(s.shift.shift) < o.minShift && (drop < 0 || Math.abs(s.shift.shift) < Math.abs(shifts[drop].shift.shift))) drop = k;
    });
    if (drop < 0) {
      for (const k of indices.keys()) {
        if (!retest.has(indices[k])) continue;
        retest.delete(indices[k]);
        const { start, end } = shifts[k];
        const p = indices.length === 1 ? wholeSeriesP(values, indices[k], o) : fixedSplitP(values, start, end, indices[k], { permutations: o.permutations, seed: o.seed, level: o.alphaWithin });
        const level = indices.length === 1 ? o.alpha : o.alphaWithin;
        pValues.set(indices[k], p);
        if (p > level) {
          drop = k;
          break;
        }
      }
    }
    if (drop < 0) {
      return {
        ...base,
        warnings: [],
        changePoints: indices.map((index, k) => ({
          index,
          pValue: pValues.get(index),
          shift: shifts[k].shift,
          before: { start: shifts[k].start, end: index },
          after: { start: index, end: shifts[k].end }
        }))
      };
    }
    if (drop > 0) retest.add(indices[drop - 1]);
    if (drop + 1 < indices.length) retest.add(indices[drop + 1]);
    retest.delete(indices[drop]);
    indices = indices.filter((_, k) => k !== drop);
  }
}
function relocate(values, indices, minSegment, retest) {
  const moved = [...indices];
  for (let round2 = 0; round2 < 5; round2++) {
    let changed = false;
    for (let k = 0; k < moved.length; k++) {
      const start = k > 0 ? moved[k - 1] : 0;
      const end = k + 1 < moved.length ? moved[k + 1] : values.length;
      const scores = splitScores(values, start, end, minSegment);
      let top = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i] > scores[top]) top = i;
      const index = start + minSegment + top;
      if (scores.length > 0 && index !== moved[k] && scores[top] > splitScore(values, start, end, moved[k]) * (1 + 1e-12)) {
        retest.delete(moved[k]);
        moved[k] = index;
        retest.add(index);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return moved;
}

// src/profile/trend.ts
var TREND_KEYS = ["alpha", "min_change", "history"];
var MAX_TREND_RUNS = 1e3;
var MIN_TREND_RUNS = 10;
var DEFAULT_TREND = Object.freeze({ alpha: 0.01, minChange: 0.05, historyRuns: 100 });
function readTrend(value, path, issues) {
  const settings = { ...DEFAULT_TREND };
  if (value === void 0) return settings;
  const mapping = readMapping(value, path, TREND_KEYS, issues);
  if (!mapping) return settings;
  if (mapping.alpha !== void 0) {
    if (typeof mapping.alpha === "number" && mapping.alpha > 0 && mapping.alpha < 0.5) settings.alpha = mapping.alpha;
    else issues.push({ path: joinPath(path, "alpha"), message: `${describeValue(mapping.alpha)} is not a significance level between 0 and 0.5, exclusive (e.g. 0.01)` });
  }
  if (mapping.min_change !== void 0) {
    const at = joinPath(path, "min_change");
    const fraction = readFraction(mapping.min_change, at, issues);
    if (fraction === 0) issues.push({ path: at, message: `${describeValue(mapping.min_change)} must be more than 0% (e.g. 5%)` });
    else if (fraction !== void 0) settings.minChange = fraction;
  }
  if (mapping.history !== void 0) {
    const runs = readInteger(mapping.history, joinPath(path, "history"), MIN_TREND_RUNS, MAX_TREND_RUNS, issues);
    if (runs !== void 0) settings.historyRuns = runs;
  }
  return settings;
}

// src/verdict/trend-series.ts
var ALL_ENDPOINTS = "(every endpoint)";
var RUN_LEVEL_METRICS = {
  rss_growth: { field: "rssGrowthMb", subject: "target process", scale: "linear" },
  cpu_per_request: { field: "cpuMsPerRequest", subject: "target process", scale: "log" },
  capacity: { field: "capacityRps", subject: "whole run", scale: "log" },
  recovery_time: { field: "recoveryMs", subject: "whole run", scale: "linear" }
};
var isRunLevel = (metric) => Object.hasOwn(RUN_LEVEL_METRICS, metric);
var runnerKind = (r) => `${r.runner.cpuModel}, ${r.runner.cores} cores, ${r.runner.os}`;
var MIN_ENDPOINTS_FOR_COMMON_FACTOR = 3;
function median4(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function comparableRuns(history) {
  if (history.length === 0) return { runs: [], notes: [] };
  const newest = history[history.length - 1];
  const notes = [];
  const otherLoad = history.filter((r) => r.fingerprint !== newest.fingerprint).length;
  if (otherLoad > 0) {
    notes.push({ code: "trend-other-profile", params: { runs: otherLoad } });
  }
  const sameLoad = history.filter((r) => r.fingerprint === newest.fingerprint);
  const kind = runnerKind(newest);
  const others = /* @__PURE__ */ new Map();
  for (const r of sameLoad) if (runnerKind(r) !== kind) others.set(runnerKind(r), (others.get(runnerKind(r)) ?? 0) + 1);
  if (others.size > 0) {
    notes.push({ code: "trend-other-runner", params: { newest: kind, others: [...others].map(([k, runs]) => ({ kind: k, runs })) } });
  }
  return { runs: sameLoad.filter((r) => runnerKind(r) === kind), notes };
}
function valueOf(run, endpoint, metric) {
  const v = run.endpoints.find((e) => e.name === endpoint)?.values[metric];
  return v === void 0 ? Number.NaN : v;
}
function commonFactors(runs, names, metric) {
  const logs = runs.map((r) => names.map((n) => {
    const v = valueOf(r, n, metric);
    return v > 0 ? Math.log(v) : Number.NaN;
  }));
  const centre = names.map((_, e) => median4(logs.map((row) => row[e])));
  return logs.map((row) => {
    const deviations = row.map((v, e) => v - centre[e]).filter(Number.isFinite);
    return deviations.length >= MIN_ENDPOINTS_FOR_COMMON_FACTOR ? median4(deviations) : Number.NaN;
  });
}
function trendSeries(history, metrics) {
  const { runs, notes } = comparableRuns(history);
  const names = [...new Set(runs.flatMap((r) => r.endpoints.map((e) => e.name)))];
  const series = [];
  for (const metric of metrics) {
    if (isRunLevel(metric)) {
      const { field, subject, scale } = RUN_LEVEL_METRICS[metric];
      const at = runs.map((_, i) => i).filter((i) => {
        const v = runs[i][field];
        return typeof v === "number" && Number.isFinite(v) && (scale === "linear" || v > 0);
      });
      if (at.length > 0) {
        const values = at.map((i) => runs[i][field]);
        series.push({ endpoint: subject, metric, runs: at, values, tested: scale === "log" ? values.map(Math.log) : values, scale, adjusted: false });
      }
      continue;
    }
    const log = metric !== "error_rate";
    const common = log && names.length >= MIN_ENDPOINTS_FOR_COMMON_FACTOR ? commonFactors(runs, names, metric) : void 0;
    for (const name of names) {
      const at = runs.map((_, i) => i).filter((i) => {
        const v = valueOf(runs[i], name, metric);
        return log ? v > 0 && (!common || Number.isFinite(common[i])) : Number.isFinite(v);
      });
      if (at.length === 0) continue;
      const values = at.map((i) => valueOf(runs[i], name, metric));
      const tested = log ? at.map((i, k) => Math.log(values[k]) - (common ? common[i] : 0)) : values;
      series.push({ endpoint: name, metric, runs: at, values, tested, scale: log ? "log" : "linear", adjusted: common !== void 0 });
    }
    if (common) {
      const at = runs.map((_, i) => i).filter((i) => Number.isFinite(common[i]));
      series.push({ endpoint: ALL_ENDPOINTS, metric, runs: at, values: at.map((i) => Math.exp(common[i])), tested: at.map((i) => common[i]), scale: "log", adjusted: false });
    }
  }
  return {
    runs: runs.map((r) => ({ savedAt: r.savedAt, ...r.commit ? { commit: r.commit } : {} })),
    series,
    notes
  };
}

// src/verdict/trend.ts
var MIN_ERROR_RATE_CHANGE = 0.01;
var MIN_RSS_GROWTH_CHANGE_MB = 5;
var MIN_RECOVERY_CHANGE_MS = 1e3;
function higherIsWorse(metric) {
  return metric !== "throughput" && metric !== "capacity";
}
function minShiftOf(s, settings) {
  if (s.scale === "log") return Math.log1p(settings.minChange);
  if (s.metric === "rss_growth") return MIN_RSS_GROWTH_CHANGE_MB;
  if (s.metric === "recovery_time") return MIN_RECOVERY_CHANGE_MS;
  return MIN_ERROR_RATE_CHANGE;
}
function median5(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function analyseSeries(s, runs, settings) {
  const log = s.scale === "log";
  const minShift = minShiftOf(s, settings);
  const found = changePoints(s.tested, { alpha: settings.alpha, minShift, ...settings.alphaWithin !== void 0 ? { alphaWithin: settings.alphaWithin } : {} }).changePoints;
  const unit = log ? "relative" : "difference";
  const map = (v) => log ? Math.expm1(v) : v;
  const changes = found.map((c) => ({
    index: c.index,
    before: runs[s.runs[c.index - 1]],
    after: runs[s.runs[c.index]],
    change: map(c.shift.shift),
    lower: map(c.shift.lower),
    upper: map(c.shift.upper),
    unit,
    pValue: c.pValue,
    kind: c.shift.shift > 0 === higherIsWorse(s.metric) ? "regression" : "improvement"
  }));
  const last = s.tested.length - 1;
  const from = changes.length ? changes[changes.length - 1].index : 0;
  const settled = s.tested.slice(from, last);
  const sinceLast = settled.length > 0 ? { from: runs[s.runs[from]], runs: last - from, change: map(s.tested[last] - median5(settled)), unit } : void 0;
  return {
    endpoint: s.endpoint,
    metric: s.metric,
    adjusted: s.adjusted,
    points: s.runs.map((run, k) => ({ run, value: s.values[k] })),
    changePoints: changes,
    ...sinceLast ? { sinceLast } : {}
  };
}
function analyseTrend(history, settings) {
  const set = trendSeries(history, settings.metrics);
  const base = { alpha: settings.alpha, minChange: settings.minChange, runs: set.runs };
  if (set.runs.length < DEFAULT_MIN_SERIES) {
    return {
      ...base,
      series: [],
      notes: [...set.notes, { code: "trend-too-short", params: { runs: set.runs.length, need: DEFAULT_MIN_SERIES } }]
    };
  }
  const series = set.series.filter((s) => s.tested.length >= DEFAULT_MIN_SERIES).map((s) => analyseSeries(s, set.runs, settings));
  const short = set.series.filter((s) => s.tested.length < DEFAULT_MIN_SERIES);
  const notes = [...set.notes];
  if (short.length > 0) {
    notes.push({ code: "trend-series-short", params: { series: [...new Set(short.map((s) => s.endpoint))], need: DEFAULT_MIN_SERIES } });
  }
  return { ...base, series, notes };
}
function profileTrend(profile, history) {
  const t = profile.trend ?? DEFAULT_TREND;
  const metrics = [...profile.regression.metrics];
  for (const metric of Object.keys(RUN_LEVEL_METRICS)) {
    if (history.some((r) => r[RUN_LEVEL_METRICS[metric].field] !== void 0)) metrics.push(metric);
  }
  return analyseTrend(history.slice(-t.historyRuns), { alpha: t.alpha, minChange: t.minChange, metrics });
}

// src/pipeline/cached.ts
async function runCachedPipeline(options, edges) {
  const { profile, target } = options;
  const fingerprint = profileFingerprint(profile);
  await waitForTarget(edges, target, profile.readiness);
  edges.log.info(runDescription(profile));
  const measurement = await edges.runLoad({
    targetUrl: target,
    load: profile.load,
    endpoints: profile.endpoints,
    ...profile.flows ? { flows: profile.flows } : {},
    onProgress: edges.onProgress,
    ...profile.targetProcess ? { targetProcess: profile.targetProcess } : {},
    ...profile.websocket ? { websocket: profile.websocket } : {}
  });
  const measured = withCapacity(buildRunResult(profile, fingerprint, target, measurement, edges.runner()), profile.load, measurement);
  const result = withRecovery(measured, profile.load);
  return judgeAndSave(options, edges, result);
}
async function judgeAndSave(options, edges, result) {
  const { profile } = options;
  const fingerprint = result.profile.fingerprint;
  const key = { profileName: profile.name, ...profile.level ? { level: profile.level } : {} };
  const restored = await edges.store.restore(key);
  const baselineUse = restored.status === "found" ? {
    status: "found",
    source: restored.source,
    runs: restored.baseline.runs.length,
    ...pickOrigin(restored.baseline.runs[restored.baseline.runs.length - 1])
  } : restored.status === "unusable" ? { status: "unusable", source: restored.source, reason: restored.reason } : { status: "missing", source: restored.source };
  if (restored.status === "unusable") {
    edges.log.warning(`Ignoring the baseline in ${restored.source}: ${restored.reason}`);
  }
  const verdict = withRunHealth(decideVerdict({
    profile: judgedProfile(profile),
    fingerprint,
    result,
    baseline: restored.status === "found" ? restored.baseline : void 0,
    baselineUse,
    failOn: options.failOn
  }), result);
  const summaries = [
    ...storedSummaries(restored.status === "found" ? restored.baseline : void 0),
    summarizeRun(baselineRunFromResult(result, options.origin), result.profile.fingerprint, runReadings(result))
  ];
  const plan = planBaselineSave({ requested: options.saveBaseline, runRefusal: options.saveBaseline ? baselineRefusal(result) : void 0, restored });
  let saved;
  if (plan.action === "refuse") {
    saved = { status: "failed", reason: plan.reason };
    edges.log.warning(`Baseline not saved: ${plan.reason}`);
  } else if (plan.action === "save") {
    const next = withTrend(
      appendRun(plan.previous, result.profile, baselineRunFromResult(result, options.origin), profile.regression.historyRuns),
      summaries,
      (profile.trend ?? DEFAULT_TREND).historyRuns
    );
    saved = await edges.store.save(key, next);
    if (saved.status === "saved") edges.log.info(`Baseline saved to ${saved.location} (${next.runs.length === 1 ? "1 run" : `${next.runs.length} runs`})`);
    else edges.log.warning(`Baseline not saved: ${saved.reason}`);
  }
  const report = buildReport(result, verdict);
  return {
    report: options.trend ? { ...report, trend: reportTrend(profileTrend(profile, summaries)) } : report,
    saved,
    ...restored.status === "found" ? { history: restored.baseline.runs } : {}
  };
}
function runDescription(profile) {
  const l = profile.load;
  const model = l.model === "open" ? `${l.rateRps} requests/s (${l.shape.kind}, at most ${l.maxInFlight} in flight)` : `${l.connections} connections`;
  return `Running ${profile.name}${profile.level ? ` at level ${profile.level}` : ""}: ${model}, ${l.warmupMs / 1e3} s warm-up, ${l.trials} trials over ${l.durationMs / 1e3} s, ${profile.endpoints.length === 1 ? "1 endpoint" : `${profile.endpoints.length} endpoints`}`;
}
function pickOrigin(run) {
  return {
    savedAt: run.savedAt,
    ...run.commit ? { commit: run.commit } : {},
    ...run.ref ? { ref: run.ref } : {}
  };
}

// src/profile/regression.ts
var REGRESSION_METRICS = ["p50", "p90", "p95", "p99", "mean", "throughput", "error_rate"];
var REGRESSION_KEYS = ["metrics", "alpha", "severity", "history"];
var MAX_HISTORY_RUNS = 100;
var DEFAULT_SEVERITY = Object.freeze({ minor: 0.1, major: 0.25, critical: 0.5 });
var DEFAULT_METRICS = ["p50", "p95", "throughput", "error_rate"];
var DEFAULT_ALPHA = 0.05;
function readCutoff(value, path, issues) {
  const fraction = readFraction(value, path, issues);
  if (fraction === 0) {
    issues.push({ path, message: `${describeValue(value)} must be more than 0%` });
    return void 0;
  }
  return fraction;
}
function readSeverityCutoffs(value, path, base, issues) {
  const mapping = readMapping(value, path, SEVERITIES, issues);
  if (!mapping) return void 0;
  const cutoffs = { ...base };
  let complete = true;
  for (const severity of SEVERITIES) {
    if (mapping[severity] === void 0) continue;
    const cutoff = readCutoff(mapping[severity], joinPath(path, severity), issues);
    if (cutoff === void 0) complete = false;
    else cutoffs[severity] = cutoff;
  }
  if (complete && !(cutoffs.minor < cutoffs.major && cutoffs.major < cutoffs.critical)) {
    const shown = SEVERITIES.map((s) => `${s} ${formatPercent2(cutoffs[s])}`).join(", ");
    issues.push({ path, message: `cut-offs must grow strictly: minor < major < critical (got ${shown}, counting defaults for keys left out)` });
  }
  return cutoffs;
}
function formatPercent2(fraction) {
  return `${Math.round(fraction * 1e8) / 1e6}%`;
}
function readMetrics(value, path, issues) {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `${describeValue(value)} is not a list of metrics (choose from ${REGRESSION_METRICS.join(", ")})` });
    return [...DEFAULT_METRICS];
  }
  const metrics = [];
  value.forEach((item, i) => {
    const itemPath = joinPath(path, i);
    if (!REGRESSION_METRICS.includes(item)) {
      issues.push({ path: itemPath, message: `${describeValue(item)} is not a metric (choose from ${REGRESSION_METRICS.join(", ")})` });
    } else if (metrics.includes(item)) {
      issues.push({ path: itemPath, message: `${describeValue(item)} is listed twice` });
    } else {
      metrics.push(item);
    }
  });
  return metrics;
}
function readHistory(value, path, issues) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 2 && value <= MAX_HISTORY_RUNS) return value;
  issues.push({
    path,
    message: `${describeValue(value)} is not a number of runs to keep: a whole number from 2 to ${MAX_HISTORY_RUNS} (default 20; a history of one run cannot show the run-to-run spread)`
  });
  return void 0;
}
function readAlpha(value, path, issues) {
  if (typeof value === "number" && value > 0 && value < 0.5) return value;
  issues.push({ path, message: `${describeValue(value)} is not a significance level between 0 and 0.5, exclusive (e.g. 0.05)` });
  return DEFAULT_ALPHA;
}
function readRegression(value, path, issues) {
  const settings = { metrics: [...DEFAULT_METRICS], alpha: DEFAULT_ALPHA, severity: { ...DEFAULT_SEVERITY } };
  if (value === void 0) return settings;
  const mapping = readMapping(value, path, REGRESSION_KEYS, issues);
  if (!mapping) return settings;
  if (mapping.metrics !== void 0) settings.metrics = readMetrics(mapping.metrics, joinPath(path, "metrics"), issues);
  if (mapping.alpha !== void 0) settings.alpha = readAlpha(mapping.alpha, joinPath(path, "alpha"), issues);
  if (mapping.history !== void 0) {
    const history = readHistory(mapping.history, joinPath(path, "history"), issues);
    if (history !== void 0) settings.historyRuns = history;
  }
  if (mapping.severity !== void 0) {
    settings.severity = readSeverityCutoffs(mapping.severity, joinPath(path, "severity"), DEFAULT_SEVERITY, issues) ?? settings.severity;
  }
  return settings;
}

export {
  currentRunner,
  rssFloorTrend,
  isLeak,
  cpuPerRequest,
  MIN_DRIFT_SPAN_MS,
  require_dist,
  MAX_LADDER_STEPS,
  ladderRates,
  planLadder,
  readRecovery,
  readThresholds,
  DEFAULT_SEVERITY,
  readSeverityCutoffs,
  readRegression,
  readTrend,
  buildRunResult,
  baselineRunFromResult,
  appendRun,
  median2 as median,
  decideVerdict,
  shouldStopAfter,
  withRunHealth,
  buildReport,
  profileFingerprint,
  waitForTarget,
  runCachedPipeline,
  judgeAndSave
};
