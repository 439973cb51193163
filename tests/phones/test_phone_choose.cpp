// A choose step's pick from a phone, in the room without sockets: the index
// is checked against the cards the table's state lists as offered.
#include "engine/phones/phone_room.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

bool has(const std::vector<std::string>& msgs, const std::string& part) {
    for (const auto& m : msgs)
        if (m.find(part) != std::string::npos)
            return true;
    return false;
}

// A room whose table lays out `offered` cards, with phone 1 in seat 0.
struct Choosing {
    PhoneRoom room{42};
    explicit Choosing(const std::string& offered) {
        room.set_table(R"({"seats":[{"name":"Ana"},{"name":"Ben"}],"offered":)" + offered + "}", 2);
        room.receive(1, R"({"type":"join","room":")" + room.code() + "\"}");
        room.receive(1, R"({"type":"claim","seat":0})");
    }
};

} // namespace

TEST_CASE("phones: a choose with an index among the offered cards is an action", "[phones]") {
    Choosing c(R"([{"id":"walk"},{"id":"map"},{"id":"thanks"}])");
    for (int i : {0, 2}) {
        auto reply = c.room.receive(1, R"({"type":"act","move":"choose","index":)" +
                                           std::to_string(i) + R"(,"id":4})");
        REQUIRE(reply.action);
        CHECK(reply.action->move == PhoneMove::Choose);
        CHECK(reply.action->index == i);
        CHECK(reply.action->seat == 0);
        CHECK(reply.action->id == 4);
        CHECK(reply.to_sender.empty());
    }
    CHECK(to_string(PhoneMove::Choose) == "choose");
}

TEST_CASE("phones: a choose with an index that is not an offered card is refused", "[phones]") {
    Choosing c(R"([{"id":"walk"},{"id":"map"}])");
    for (const char* bad : {R"({"type":"act","move":"choose","index":2,"id":5})",
                            R"({"type":"act","move":"choose","index":-1,"id":5})",
                            R"({"type":"act","move":"choose","id":5})",
                            R"({"type":"act","move":"choose","index":"1","id":5})",
                            R"({"type":"act","move":"choose","index":1.5,"id":5})",
                            R"({"type":"act","move":"choose","index":99999999999999,"id":5})"}) {
        INFO(bad);
        auto reply = c.room.receive(1, bad);
        CHECK_FALSE(reply.action);
        CHECK(has(reply.to_sender, R"("code":"no-such-choice")"));
        CHECK(has(reply.to_sender, R"("id":5)"));
    }
    // No cards laid out (no choose step now): every index is refused.
    c.room.set_table(R"({"seats":[{"name":"Ana"},{"name":"Ben"}],"offered":[]})", 2);
    auto none = c.room.receive(1, R"({"type":"act","move":"choose","index":0})");
    CHECK_FALSE(none.action);
    CHECK(has(none.to_sender, "no-such-choice"));
    // A seatless phone is told to pick its seat first, as for every act.
    c.room.receive(2, R"({"type":"join","room":")" + c.room.code() + "\"}");
    CHECK(has(c.room.receive(2, R"({"type":"act","move":"choose","index":0})").to_sender,
              "not-seated"));
}
