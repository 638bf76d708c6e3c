# The demo journey for Locust (bench/flows.ts runs it beside loadgate's flow): log in with a JSON
# body, take the token from the JSON answer, look at the cart and place an order with it; the
# FastHttpUser session keeps the sid cookie, as loadgate's `cookies: true` does.
from locust import FastHttpUser, task


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
