// The phones' server under load, on loopback: 50 phones seated at a table of
// 50, 10,000 actions passed round the table (each phone acts when the state
// says it is its turn). Measures, per action, the time from the phone's send
// to the last of the 50 phones receiving the state it caused (what the
// table's thread does in between: take the action, publish a state of the
// real size), counts what was lost, and the memory each connection costs
// (client and server both: an upper bound). Figures: docs/performance.md.
#include "engine/phones/phone_server.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <thread>
#include <unistd.h>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using namespace hearth;

namespace {

constexpr int kPhones = 50;
constexpr int kActions = 10000;

long rss_kib() {
    std::ifstream f("/proc/self/statm");
    long pages = 0, resident = 0;
    f >> pages >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

std::int64_t version_in(const std::string& m) {
    auto at = m.find("\"version\":");
    return at == std::string::npos ? -1 : std::atoll(m.c_str() + at + 10);
}

struct Phone {
    explicit Phone(asio::io_context& ioc) : ws(ioc) {}
    websocket::stream<beast::tcp_stream> ws;
    beast::flat_buffer buf;
    std::string out;
};

} // namespace

int main() {
    std::mutex m;
    std::condition_variable woken;
    bool wake = false;
    PhoneServerOptions o;
    o.address = "127.0.0.1";
    o.port = 0;
    o.messages_per_second = 1000; // the bench is one table passing fast, not a flood
    o.wake = [&] {
        std::lock_guard l(m);
        wake = true;
        woken.notify_one();
    };
    std::string error;
    auto server = PhoneServer::start(o, error);
    if (!server) {
        std::fprintf(stderr, "bench_phones: %s\n", error.c_str());
        return 1;
    }
    // The table's thread: each action becomes a state (50 seats' names and moves).
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> version{0};
    auto state = [&](std::int64_t v) {
        std::string seats;
        for (int i = 0; i < kPhones; ++i)
            seats += std::string(i ? "," : "") + R"({"name":"Player )" + std::to_string(i + 1) +
                     R"(","active":)" + (v % kPhones == i ? "true" : "false") +
                     R"(,"holds":false,"moves":)" +
                     (v % kPhones == i ? R"(["done","pass"])" : "[]") + "}";
        return R"({"version":)" + std::to_string(v) +
               R"(,"phase":"playing","step":"prompt","card":{"title":"Who talks, who decides?","text":")" +
               std::string(400, 'x') +
               R"("},"timer":{"state":"running","remaining":42,"total":120},"seats":[)" + seats +
               "]}";
    };
    server->publish(state(0), kPhones);
    std::thread table([&] {
        while (!stop) {
            {
                std::unique_lock l(m);
                woken.wait_for(l, std::chrono::milliseconds(50), [&] { return wake; });
                wake = false;
            }
            for (const PhoneAction& a : server->take_actions()) {
                (void)a;
                server->publish(state(++version), kPhones);
            }
        }
    });

    const long rss_before = rss_kib();
    asio::io_context ioc;
    std::vector<std::unique_ptr<Phone>> phones;
    for (int i = 0; i < kPhones; ++i) {
        auto p = std::make_unique<Phone>(ioc);
        beast::get_lowest_layer(p->ws).connect(
            tcp::endpoint(asio::ip::make_address("127.0.0.1"), std::uint16_t(server->port())));
        beast::get_lowest_layer(p->ws).socket().set_option(
            tcp::no_delay(true)); // as a browser does
        p->ws.handshake("127.0.0.1", "/ws");
        p->ws.text(true);
        p->ws.write(asio::buffer(R"({"type":"join","room":")" + server->room_code() + "\"}"));
        p->ws.write(asio::buffer(R"({"type":"claim","seat":)" + std::to_string(i) + "}"));
        phones.push_back(std::move(p));
    }
    // Everyone seated: read until each has its "seated".
    for (auto& p : phones)
        for (;;) {
            p->buf.clear();
            p->ws.read(p->buf);
            if (beast::buffers_to_string(p->buf.data()).find("\"seated\"") != std::string::npos)
                break;
        }
    const long rss_after = rss_kib();

    std::vector<Clock::time_point> sent(kActions + 1);
    std::vector<int> got(kActions + 1, 0);
    std::vector<double> latency_ms;
    latency_ms.reserve(kActions);
    std::int64_t lost = 0, next = 1;
    auto act = [&](std::int64_t v) { // the phone whose turn state v-1 gave acts
        Phone& p = *phones[std::size_t((v - 1) % kPhones)];
        sent[std::size_t(v)] = Clock::now();
        p.out = R"({"type":"act","move":"done","id":)" + std::to_string(v) + "}";
        p.ws.async_write(asio::buffer(p.out), [](beast::error_code, std::size_t) {});
    };
    std::function<void(Phone&)> read = [&](Phone& p) {
        p.buf.clear();
        p.ws.async_read(p.buf, [&](beast::error_code ec, std::size_t) {
            if (ec)
                return;
            std::string text = beast::buffers_to_string(p.buf.data());
            std::int64_t v =
                text.find("\"type\":\"state\"") != std::string::npos ? version_in(text) : -1;
            if (v >= 1 && v <= kActions && ++got[std::size_t(v)] == kPhones) {
                latency_ms.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - sent[std::size_t(v)])
                        .count());
                if (v == kActions) {
                    ioc.stop();
                    return;
                }
                act(++next);
            }
            read(p);
        });
    };
    for (auto& p : phones)
        read(*p);
    const auto began = Clock::now();
    act(next);
    std::thread watchdog([&] {
        std::this_thread::sleep_for(std::chrono::seconds(120));
        ioc.stop();
    });
    watchdog.detach();
    ioc.run();
    const double seconds = std::chrono::duration<double>(Clock::now() - began).count();
    for (int v = 1; v <= kActions; ++v)
        lost += kPhones - got[std::size_t(v)];
    std::sort(latency_ms.begin(), latency_ms.end());
    auto pct = [&](double q) {
        return latency_ms.empty() ? -1.0
                                  : latency_ms[std::size_t(q * double(latency_ms.size() - 1))];
    };
    std::printf("phones: %d phones, %zu of %d actions round the table in %.1f s\n", kPhones,
                latency_ms.size(), kActions, seconds);
    std::printf("phones: action to every phone's update: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                pct(0.5), pct(0.99), latency_ms.empty() ? -1.0 : latency_ms.back());
    std::printf("phones: updates lost: %lld of %lld\n", static_cast<long long>(lost),
                static_cast<long long>(std::int64_t(kActions) * kPhones));
    std::printf("phones: memory per connection (client and server): %.1f KiB\n",
                double(rss_after - rss_before) / kPhones);
    stop = true;
    table.join();
    return lost == 0 && pct(0.99) < 20 ? 0 : 1;
}
