// The room as the server's and the table's threads share it (PhoneHub).
#include "engine/phones/phone_hub.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace hearth;

namespace {

std::string join_msg(const PhoneHub& h) {
    return R"({"type":"join","room":")" + h.room_code() + "\"}";
}

} // namespace

TEST_CASE("phones hub: an action waits for the table, once", "[phones][hub]") {
    PhoneHub hub(42, std::nullopt);
    hub.set_table(R"({"seats":[{},{}]})", 2);
    hub.connected(1);
    const std::uint64_t before = hub.roster_generation();
    hub.received(1, join_msg(hub));
    hub.received(1, R"({"type":"claim","seat":1})");
    CHECK(hub.roster_generation() > before);
    auto r = hub.received(1, R"({"type":"act","move":"done","id":2})");
    CHECK(r.action);
    auto taken = hub.take_actions();
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].seat == 1);
    CHECK(hub.take_actions().empty());
}

TEST_CASE("phones hub: the roster counts joins, drops, removals and the lock", "[phones][hub]") {
    PhoneHub hub(42, std::nullopt);
    hub.set_table(R"({"seats":[{},{}]})", 2);
    hub.connected(1);
    hub.connected(2);
    hub.received(1, join_msg(hub));
    hub.received(2, join_msg(hub));
    std::uint64_t g = hub.roster_generation();
    CHECK(hub.disconnected(1));
    CHECK(hub.roster_generation() == ++g);
    CHECK_FALSE(hub.disconnected(1)); // gone already: nothing changed
    CHECK(hub.roster_generation() == g);
    hub.set_locked(true);
    CHECK(hub.locked());
    CHECK(hub.roster_generation() == ++g);
    CHECK(hub.remove(2));
    CHECK(hub.phones().empty());
    PhoneHub::Broadcast b = hub.broadcast();
    CHECK(b.to.empty());
    CHECK(b.state.find(R"("locked":true)") != std::string::npos);
}

TEST_CASE("phones hub: two threads at once lose no action", "[phones][hub]") {
    PhoneHub hub(42, std::nullopt);
    hub.set_table(R"({"seats":[{},{}]})", 2);
    hub.connected(1);
    hub.received(1, join_msg(hub));
    hub.received(1, R"({"type":"claim","seat":0})");
    std::size_t got = 0;
    std::thread server([&] {
        for (int i = 0; i < 2000; ++i)
            hub.received(1, R"({"type":"act","move":"pass"})");
    });
    for (int i = 0; i < 200000 && got < 2000; ++i) {
        got += hub.take_actions().size();
        hub.phones();
    }
    server.join();
    got += hub.take_actions().size();
    CHECK(got == 2000);
}
