# The demo journey for Locust (bench/journey.ts runs it beside loadgate's flow): log in with a JSON
# body, take the token from the JSON answer, look at the cart and place an order with it; the
# FastHttpUser session keeps the sid cookie, as loadgate's `cookies: true` does.
import locust.stats
from locust import FastHttpUser, task

# Locust 2.12 writes its stats history to disk every 10 s; the bench reads it every second.
locust.stats.CSV_STATS_FLUSH_INTERVAL_SEC = 1


class Shopper(FastHttpUser):
    @task
    def journey(self):
        with self.client.post("/api/login", json={"user": "ann"}, catch_response=True) as login:
            token = login.json().get("token")
            if not token:
                login.failure("no token")
                return
        auth = {"authorization": f"Bearer {token}"}
        with self.client.get("/api/cart", headers=auth, catch_response=True) as cart:
            if not cart.json().get("items"):
                cart.failure("empty cart")
                return
        self.client.post("/api/orders", json={"sku": "shoe"}, headers=auth)
