// The phones' protocol without sockets: PhoneRoom answers each message.
#include "engine/phones/phone_room.hpp"
#include "engine/phones/phone_server.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/words/phone_words.hpp"
#include "engine/words/translation.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

bool has(const std::vector<std::string>& msgs, const std::string& part) {
    for (const auto& m : msgs)
        if (m.find(part) != std::string::npos)
            return true;
    return false;
}

// A "seated" message for `seat` (the members come in any order).
bool seated_at(const std::vector<std::string>& msgs, int seat) {
    for (const auto& m : msgs)
        if (m.find(R"("type":"seated")") != std::string::npos &&
            m.find("\"seat\":" + std::to_string(seat) + ",") != std::string::npos)
            return true;
    return false;
}

std::string token_of(const std::vector<std::string>& msgs) {
    for (const auto& m : msgs) {
        auto at = m.find("\"token\":\"");
        if (at != std::string::npos)
            return m.substr(at + 9, 32);
    }
    return "";
}

struct Room {
    PhoneRoom room{42};
    Room() { room.set_table(R"({"seats":[{"name":"Ana"},{"name":"Ben"},{"name":"Caro"}]})", 3); }
    std::string join_msg() const { return R"({"type":"join","room":")" + room.code() + "\"}"; }
};

} // namespace

TEST_CASE("phones: a room code is four letters and case-blind", "[phones]") {
    Room r;
    REQUIRE(r.room.code().size() == 4);
    std::string lower = r.room.code();
    for (char& c : lower)
        c = char(c - 'A' + 'a');
    auto reply = r.room.receive(1, R"({"type":"join","room":")" + lower + "\"}");
    CHECK(has(reply.to_sender, R"("type":"welcome")"));
    CHECK(has(reply.to_sender, R"("type":"state")"));
    CHECK(reply.roster_changed);
}

TEST_CASE("phones: the page's words come in the table's language", "[phones]") {
    REQUIRE(set_interface_language("de", find_locale_dir()));
    Room r;
    r.room.set_words(phone_words()); // on the table's thread, as the App does
    set_interface_language("en", {});
    auto welcome = r.room.receive(1, r.join_msg());
    auto seated = r.room.receive(1, R"({"type":"claim","seat":1})");
    CHECK(has(welcome.to_sender, R"("Your turn":"Du bist dran")"));
    CHECK(has(seated.to_sender, R"("Pick a card":"Wähle eine Karte")"));
    Room english;
    english.room.set_words(phone_words());
    CHECK(has(english.room.receive(1, english.join_msg()).to_sender, R"("Your turn":"Your turn")"));
    Room none; // a room whose words were never set sends none
    CHECK_FALSE(has(none.room.receive(1, none.join_msg()).to_sender, R"("words")"));
}

TEST_CASE("phones: a wrong room code is refused", "[phones]") {
    Room r;
    auto reply = r.room.receive(1, R"({"type":"join","room":"XXXX"})");
    CHECK(has(reply.to_sender, R"("code":"wrong-room")"));
    reply = r.room.receive(1, R"({"type":"claim","seat":0})");
    CHECK(has(reply.to_sender, R"("code":"join-first")"));
}

TEST_CASE("phones: claim a seat, act, and refusals", "[phones]") {
    Room r;
    r.room.receive(1, r.join_msg());
    r.room.receive(2, r.join_msg());
    auto c = r.room.receive(1, R"({"type":"claim","seat":1,"name":"Ben's phone"})");
    REQUIRE(seated_at(c.to_sender, 1));
    CHECK(token_of(c.to_sender).size() == 32);
    // Not your seat: another phone holds it.
    auto taken = r.room.receive(2, R"({"type":"claim","seat":1})");
    CHECK(has(taken.to_sender, R"("code":"not-your-seat")"));
    CHECK(has(r.room.receive(2, R"({"type":"claim","seat":7})").to_sender, "no-such-seat"));
    CHECK(has(r.room.receive(2, R"({"type":"act","move":"pass"})").to_sender, "not-seated"));
    auto act = r.room.receive(1, R"({"type":"act","move":"pass","id":5})");
    REQUIRE(act.action);
    CHECK(act.action->seat == 1);
    CHECK(act.action->move == PhoneMove::Pass);
    CHECK(act.action->id == 5);
    CHECK(act.action->device == "Ben's phone");
    CHECK(has(r.room.receive(1, R"({"type":"act","move":"undo","id":6})").to_sender,
              R"("code":"unknown-move")"));
}

TEST_CASE("phones: a wrong token does not rejoin; the right one does", "[phones]") {
    Room r;
    r.room.receive(1, r.join_msg());
    std::string token = token_of(r.room.receive(1, R"({"type":"claim","seat":0})").to_sender);
    r.room.disconnected(1);
    CHECK(r.room.away_seats() == std::vector<int>{0});
    auto wrong = r.room.receive(2, R"({"type":"rejoin","room":")" + r.room.code() +
                                       R"(","seat":0,"token":"0123"})");
    CHECK(has(wrong.to_sender, R"("code":"wrong-token")"));
    auto right = r.room.receive(3, R"({"type":"rejoin","room":")" + r.room.code() +
                                       R"(","seat":0,"token":")" + token + "\"}");
    CHECK(seated_at(right.to_sender, 0));
    CHECK(r.room.away_seats().empty());
}

TEST_CASE("phones: a locked room takes no new seats but its phones rejoin", "[phones]") {
    Room r;
    r.room.receive(1, r.join_msg());
    std::string token = token_of(r.room.receive(1, R"({"type":"claim","seat":2})").to_sender);
    r.room.set_locked(true);
    r.room.receive(2, r.join_msg());
    CHECK(has(r.room.receive(2, R"({"type":"claim","seat":0})").to_sender, "room-locked"));
    r.room.disconnected(1);
    auto back = r.room.receive(3, R"({"type":"rejoin","room":")" + r.room.code() +
                                      R"(","seat":2,"token":")" + token + "\"}");
    CHECK(seated_at(back.to_sender, 2));
}

TEST_CASE("phones: the host removes a phone and its token stops working", "[phones]") {
    Room r;
    r.room.receive(1, r.join_msg());
    std::string token = token_of(r.room.receive(1, R"({"type":"claim","seat":1})").to_sender);
    auto bye = r.room.remove(1);
    REQUIRE(bye);
    CHECK(bye->find(R"("code":"removed")") != std::string::npos);
    auto again = r.room.receive(1, R"({"type":"rejoin","room":")" + r.room.code() +
                                       R"(","seat":1,"token":")" + token + "\"}");
    CHECK(has(again.to_sender, "wrong-token"));
}

TEST_CASE("phones: a room from a save keeps its code and seats", "[phones]") {
    RoomSecrets s{"KMTR", {{1, std::string(32, 'a')}}};
    PhoneRoom room(7, s);
    room.set_table(R"({"seats":[{},{}]})", 2);
    CHECK(room.code() == "KMTR");
    auto back = room.receive(1, R"({"type":"rejoin","room":"KMTR","seat":1,"token":")" +
                                    std::string(32, 'a') + "\"}");
    CHECK(seated_at(back.to_sender, 1));
}

TEST_CASE("phones: malformed messages get an error, never an exception", "[phones]") {
    Room r;
    for (const std::string& bad : std::vector<std::string>{
             "", "{", "[]", "null", "42", R"({"type":7})", R"({"type":"nope"})", "\xff\xfe",
             R"({"type":"claim","seat":"x"})", std::string(13000, ' '),
             R"({"type":"join","room":")" + std::string(100, 'A') + "\"}",
             R"({"type":"act","move":null})", R"({"type":"claim","seat":1e300})"}) {
        auto reply = r.room.receive(9, bad);
        REQUIRE(reply.to_sender.size() >= 1);
        CHECK(reply.to_sender[0].find(R"("type":"error")") != std::string::npos);
        CHECK_FALSE(reply.action);
    }
    CHECK(has(r.room.receive(9, std::string(13000, ' ')).to_sender, "too-large"));
    CHECK(has(r.room.receive(9, R"({"type":"nope"})").to_sender, "unknown-type"));
}

TEST_CASE("phones: a name is text, capped, without control characters", "[phones]") {
    Room r;
    auto too_long = r.room.receive(1, R"({"type":"join","room":")" + r.room.code() +
                                          R"(","name":")" + std::string(41, 'x') + "\"}");
    CHECK(has(too_long.to_sender, "name-too-long"));
    r.room.receive(1, R"({"type":"join","room":")" + r.room.code() +
                          R"(","name":"<b>Ana</b>\u0007"})");
    auto list = r.room.phones();
    REQUIRE(list.size() == 1);
    CHECK(list[0].name == "<b>Ana</b>"); // kept as text; every screen draws it as text
}

TEST_CASE("phones: only the page's paths are served", "[phones]") {
    CHECK(servable_path("/") == std::optional<std::string_view>("/"));
    CHECK(servable_path("/?room=KMTR") == std::optional<std::string_view>("/"));
    CHECK(phone_asset("/phone.js") != nullptr);
    CHECK(phone_asset("/etc/passwd") == nullptr);
    for (const char* bad : {"/../etc/passwd", "/%2e%2e/etc/passwd", "/..%2fetc", "/a\\b",
                            "//etc/passwd", "relative", "", "/%00"})
        CHECK_FALSE(servable_path(bad));
}

TEST_CASE("phones: the room's save line reads back; old saves have none", "[phones]") {
    RoomSecrets s{"KMTR", {{0, "abc"}, {11, "def"}}};
    std::string save = "{\"type\":\"header\"}\n" + secrets_line({"BCDF", {}}) + secrets_line(s);
    std::optional<RoomSecrets> back = secrets_in_save(save);
    REQUIRE(back);
    CHECK(back->code == "KMTR"); // the last line holds
    CHECK(back->seat_tokens == s.seat_tokens);
    CHECK_FALSE(secrets_in_save("{\"type\":\"header\"}\n{\"type\":\"action\"}\n"));
    CHECK_FALSE(secrets_in_save("{\"type\":\"phones\",\"room\":7}\n"));
}
