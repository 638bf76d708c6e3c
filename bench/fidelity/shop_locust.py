# Locust users for the fidelity bench (bench/fidelity.ts): the demo service's products, search,
# checkout and missing page, no think time, as fixtures/import/tools/shop.jmx sends them. Two users
# with the same tasks: FastShopper on FastHttpUser (geventhttpclient, the client Locust recommends
# for load) and Shopper on HttpUser (python-requests); the bench names the one to run.
import locust.stats
from locust import FastHttpUser, HttpUser, constant

# Locust 2.12 flushes the CSV files every 10 s and not again at exit, so a short run would lose its
# last rows of stats history: flush every interval instead.
locust.stats.CSV_STATS_FLUSH_INTERVAL_SEC = 1


def products(user):
    user.client.get("/api/products", name="products")


def search(user):
    user.client.get("/api/search?q=shoe", name="search")


def checkout(user):
    user.client.post("/api/checkout", name="checkout")


def missing(user):
    # A 404 is the answer expected here, as loadgate's profile and the JMeter plan take it.
    with user.client.get("/no-such-page", name="missing page", catch_response=True) as response:
        if response.status_code == 404:
            response.success()


class FastShopper(FastHttpUser):
    wait_time = constant(0)
    tasks = [products, search, checkout, missing]


class Shopper(HttpUser):
    wait_time = constant(0)
    tasks = [products, search, checkout, missing]
