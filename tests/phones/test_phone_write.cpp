// A blank card written on a phone: the room checks it with the TV's limits
// and hands the table a Write action for the phone's own seat.
#include "engine/phones/phone_room.hpp"
#include "engine/phones/phone_write.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

struct Seated {
    PhoneRoom room{42};
    Seated() {
        room.set_table(R"({"seats":[{"name":"Ana"},{"name":"Ben"}]})", 2);
        room.receive(1, R"({"type":"join","room":")" + room.code() + R"(","name":"Ben"})");
        room.receive(1, R"({"type":"claim","seat":1})");
    }
    // The refusal's code, or "" when the room made an action.
    std::string code_of(const std::string& msg) {
        PhoneRoom::Reply r = room.receive(1, msg);
        if (r.action)
            return "";
        REQUIRE(r.to_sender.size() == 1);
        auto at = r.to_sender[0].find(R"("code":")");
        REQUIRE(at != std::string::npos);
        return r.to_sender[0].substr(at + 8, r.to_sender[0].find('"', at + 8) - at - 8);
    }
};

std::string write_msg(const std::string& title_json, const std::string& text_json) {
    return R"({"type":"write","id":4,"title":)" + title_json + R"(,"text":)" + text_json + "}";
}

} // namespace

TEST_CASE("phones: a card written on a phone is the seat's Write action", "[phones][write]") {
    Seated s;
    auto r = s.room.receive(1, write_msg(R"("Tea first")", R"("Make tea\r\nfor\tsomeone.")"));
    REQUIRE(r.action);
    CHECK(r.action->move == PhoneMove::Write);
    CHECK(r.action->seat == 1); // its own seat, whatever the message says
    CHECK(r.action->id == 4);
    CHECK(r.action->device == "Ben");
    CHECK(r.action->title == "Tea first");
    CHECK(r.action->text == "Make tea\nfor\tsomeone."); // line ends as the TV's form has them
    CHECK(r.to_sender.empty());
    // Markup is text: it reaches the table as the letters typed.
    auto markup = s.room.receive(1, write_msg(R"("<b>Hi</b>")", R"("<img src=x onerror=1>")"));
    REQUIRE(markup.action);
    CHECK(markup.action->text == "<img src=x onerror=1>");
    // The longest the TV takes passes; no text at all is a card with a title only.
    CHECK(s.code_of(write_msg('"' + std::string(200, 'T') + '"',
                              '"' + std::string(4000, 'x') + '"')) == "");
    CHECK(s.code_of(R"({"type":"write","title":"Only a title"})") == "");
}

TEST_CASE("phones: a written card over the TV's limits is refused, saying why", "[phones][write]") {
    Seated s;
    CHECK(s.code_of(write_msg(R"("   ")", R"("x")")) == "empty-title");
    CHECK(s.code_of(R"({"type":"write","text":"no title"})") == "empty-title");
    CHECK(s.code_of(R"({"type":"write","title":7,"text":"x"})") == "empty-title");
    CHECK(s.code_of(write_msg('"' + std::string(201, 'T') + '"', R"("x")")) == "card-too-long");
    CHECK(s.code_of(write_msg(R"("T")", '"' + std::string(4001, 'x') + '"')) == "card-too-long");
    CHECK(s.code_of(write_msg(R"("Tea\u0007")", R"("x")")) == "control-characters");
    CHECK(s.code_of(write_msg(R"("Tea\nfirst")", R"("x")")) == "control-characters");
    CHECK(s.code_of(write_msg(R"("Tea")", R"("a\u001b[31mred")")) == "control-characters");
    CHECK(s.code_of(write_msg(R"("Tea")", R"("a\u007f")")) == "control-characters");
    // The refusal echoes the message's id and says it in words.
    auto r = s.room.receive(1, write_msg(R"("")", R"("x")"));
    REQUIRE(r.to_sender.size() == 1);
    CHECK(r.to_sender[0].find(R"("id":4)") != std::string::npos);
    CHECK(r.to_sender[0].find("Give the card a title.") != std::string::npos);
}

TEST_CASE("phones: only a seated phone writes a card", "[phones][write]") {
    PhoneRoom room{42};
    room.set_table(R"({"seats":[{"name":"Ana"}]})", 1);
    auto before = room.receive(1, write_msg(R"("T")", R"("x")"));
    CHECK(before.to_sender.at(0).find("join-first") != std::string::npos);
    room.receive(1, R"({"type":"join","room":")" + room.code() + "\"}");
    auto unseated = room.receive(1, write_msg(R"("T")", R"("x")"));
    CHECK_FALSE(unseated.action);
    CHECK(unseated.to_sender.at(0).find("not-seated") != std::string::npos);
}

TEST_CASE("phones: the check keeps a card as typed when it is good", "[phones][write]") {
    std::string title = "Walk", text = "Walk *together*.\r\n\r\n- slowly";
    CHECK_FALSE(check_written_card(title, text));
    CHECK(text == "Walk *together*.\n\n- slowly");
    std::string lone_cr = "a\rb";
    CHECK_FALSE(check_written_card(title, lone_cr));
    CHECK(lone_cr == "a\nb");
}
