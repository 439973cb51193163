// The phones' server on loopback, with phones as in-process WebSocket
// clients and the test standing in for the table's thread.
#include "engine/phones/phone_server.hpp"
#include "tests/phones/phone_client.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace hearth;
using namespace hearth::test;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<PhoneServer> serve(PhoneServerOptions o = {}) {
    o.address = "127.0.0.1";
    o.port = 0;
    std::string error;
    auto s = PhoneServer::start(std::move(o), error);
    INFO(error);
    REQUIRE(s);
    s->publish(R"({"phase":"playing","seats":[{"name":"Ana"},{"name":"Ben"}]})", 2);
    return s;
}

std::string join(const PhoneServer& s) {
    return R"({"type":"join","room":")" + s.room_code() + "\"}";
}

std::string token_in(const std::string& m) {
    auto at = m.find("\"token\":\"");
    return at == std::string::npos ? "" : m.substr(at + 9, 32);
}

// Waits for the table's thread to have an action.
std::vector<PhoneAction> actions(PhoneServer& s) {
    for (int i = 0; i < 200; ++i) {
        auto a = s.take_actions();
        if (!a.empty())
            return a;
        std::this_thread::sleep_for(5ms);
    }
    return {};
}

} // namespace

TEST_CASE("phones server: the URL names the port and the room", "[phones][server]") {
    auto s = serve();
    CHECK(s->port() > 0);
    CHECK(s->url() == "http://127.0.0.1:" + std::to_string(s->port()) + "/?room=" + s->room_code());
}

TEST_CASE("phones server: join, claim, act, and the state reaches every phone",
          "[phones][server]") {
    auto s = serve();
    PhoneClient ana(s->port()), ben(s->port());
    REQUIRE(ana.open());
    REQUIRE(ben.open());
    ana.send(join(*s));
    CHECK(ana.receive_type("welcome"));
    ben.send(join(*s));
    CHECK(ben.receive_type("welcome"));
    ana.send(R"({"type":"claim","seat":0,"name":"Ana"})");
    auto seated = ana.receive_type("seated");
    REQUIRE(seated);
    CHECK(token_in(*seated).size() == 32);
    ben.send(R"({"type":"claim","seat":0})");
    auto refused = ben.receive_type("error");
    REQUIRE(refused);
    CHECK(refused->find("not-your-seat") != std::string::npos);
    ana.send(R"({"type":"act","move":"pass","id":3})");
    auto a = actions(*s);
    REQUIRE(a.size() == 1);
    CHECK(a[0].seat == 0);
    CHECK(a[0].move == PhoneMove::Pass);
    // The table refuses it (say, not its turn): the phone is told, with its id.
    s->reply(a[0].connection, phone_error("not-your-turn", "Not your turn for that.", 3));
    auto no = ana.receive_type("error");
    REQUIRE(no);
    CHECK(no->find(R"("id":3)") != std::string::npos);
    s->publish(R"({"phase":"playing","version":99,"seats":[]})", 2);
    auto sa = ana.receive_type("state");
    auto sb = ben.receive_type("state");
    REQUIRE(sa);
    REQUIRE(sb);
    // A state sent before the publish may come first.
    if (sa->find("\"version\":99") == std::string::npos)
        sa = ana.receive_type("state");
    CHECK(sa->find("\"version\":99") != std::string::npos);
}

TEST_CASE("phones server: a reconnecting phone rejoins its seat; the seat is away meanwhile",
          "[phones][server]") {
    auto s = serve();
    std::string token;
    {
        PhoneClient ana(s->port());
        ana.send(join(*s));
        ana.send(R"({"type":"claim","seat":1})");
        auto seated = ana.receive_type("seated");
        REQUIRE(seated);
        token = token_in(*seated);
    }
    bool away = false;
    for (int i = 0; i < 100 && !away; ++i) {
        for (const PhoneInfo& p : s->phones())
            away = away || (p.away && p.seat == 1);
        std::this_thread::sleep_for(10ms);
    }
    CHECK(away);
    PhoneClient again(s->port());
    again.send(R"({"type":"rejoin","room":")" + s->room_code() + R"(","seat":1,"token":"bad"})");
    auto wrong = again.receive_type("error");
    REQUIRE(wrong);
    CHECK(wrong->find("wrong-token") != std::string::npos);
    again.send(R"({"type":"rejoin","room":")" + s->room_code() + R"(","seat":1,"token":")" + token +
               "\"}");
    CHECK(again.receive_type("seated"));
}

TEST_CASE("phones server: the host removes a phone", "[phones][server]") {
    auto s = serve();
    PhoneClient ana(s->port());
    ana.send(join(*s));
    ana.send(R"({"type":"claim","seat":0})");
    REQUIRE(ana.receive_type("seated"));
    REQUIRE(s->phones().size() == 1);
    s->remove(s->phones()[0].connection);
    auto bye = ana.receive_type("error");
    REQUIRE(bye);
    CHECK(bye->find("removed") != std::string::npos);
    CHECK_FALSE(ana.receive(1s)); // and the connection closes
}

TEST_CASE("phones server: a locked room refuses a claim", "[phones][server]") {
    auto s = serve();
    s->set_locked(true);
    PhoneClient ana(s->port());
    ana.send(join(*s));
    ana.send(R"({"type":"claim","seat":0})");
    auto no = ana.receive_type("error");
    REQUIRE(no);
    CHECK(no->find("room-locked") != std::string::npos);
}

TEST_CASE("phones server: malformed JSON gets an error and the connection stays usable",
          "[phones][server]") {
    auto s = serve();
    PhoneClient p(s->port());
    p.send("{not json");
    auto e = p.receive_type("error");
    REQUIRE(e);
    CHECK(e->find("bad-json") != std::string::npos);
    p.send(R"({"type":"ping","id":4})");
    CHECK(p.receive_type("pong"));
}

TEST_CASE("phones server: a page from elsewhere cannot open the WebSocket", "[phones][server]") {
    auto s = serve();
    PhoneClient evil(s->port(), "http://evil.example");
    CHECK_FALSE(evil.open());
    PhoneClient own(s->port(), "http://127.0.0.1:" + std::to_string(s->port()));
    CHECK(own.open());
}

TEST_CASE("phones server: a flood is refused as too fast", "[phones][server]") {
    auto s = serve();
    PhoneClient p(s->port());
    for (int i = 0; i < 100; ++i)
        p.send(R"({"type":"ping"})");
    CHECK(p.receive_type("error", 3s).value_or("").find("too-fast") != std::string::npos);
}

TEST_CASE("phones server: fifty phones at once", "[phones][server]") {
    auto s = serve();
    std::vector<std::unique_ptr<PhoneClient>> phones;
    for (int i = 0; i < 50; ++i) {
        phones.push_back(std::make_unique<PhoneClient>(s->port()));
        REQUIRE(phones.back()->open());
        phones.back()->send(join(*s));
    }
    for (auto& p : phones)
        CHECK(p->receive_type("welcome"));
}

TEST_CASE("phones server: HTTP serves the page and nothing else", "[phones][server]") {
    auto s = serve();
    HttpAnswer page = http_get(s->port(), "/?room=" + s->room_code());
    CHECK(page.status == 200);
    CHECK(page.headers["content-type"].find("text/html") == 0);
    CHECK(page.headers["content-security-policy"].find("default-src 'none'") == 0);
    CHECK(page.body.find("<script src=\"/phone.js\">") != std::string::npos);
    CHECK(http_get(s->port(), "/phone.js").status == 200);
    CHECK(http_get(s->port(), "/etc/passwd").status == 404);
    CHECK(http_get(s->port(), "/../../etc/passwd").status == 400);
    CHECK(http_get(s->port(), "/%2e%2e/%2e%2e/etc/passwd").status == 400);
    CHECK(http_get(s->port(), "/..%2f..%2fetc%2fpasswd").status == 400);
    CHECK(http_get(s->port(), "/engine/phones/page/phone.js").status == 404);
}

// States published one after another reach a phone at once: with Nagle's
// algorithm on, each waited for the phone's delayed ACK (about 40 ms).
TEST_CASE("phones server: states in a row are not held back for an ACK", "[phones][server]") {
    auto s = serve();
    PhoneClient p(s->port());
    p.send(join(*s));
    REQUIRE(p.receive_type("state"));
    const auto began = std::chrono::steady_clock::now();
    for (int v = 1; v <= 10; ++v) {
        s->publish(R"({"version":)" + std::to_string(v) + "}", 2);
        REQUIRE(p.receive_type("state"));
    }
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - began);
    CHECK(took.count() < 200); // ten round trips on loopback; 400 ms and more with Nagle
}
