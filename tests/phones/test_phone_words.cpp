// The phone's words in the table's language: its refusals (the error's
// "said") and the page "/" serves, its join form already in them, with
// nothing a word holds able to add markup or script.
#include "engine/phones/phone_page_words.hpp"
#include "engine/phones/phone_room.hpp"
#include "engine/phones/phone_server.hpp"
#include "engine/render/asset_paths.hpp"
#include "engine/words/phone_words.hpp"
#include "engine/words/translation.hpp"
#include "game/session/session_json.hpp"
#include "tests/phones/phone_client.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hearth;
using namespace hearth::test;

namespace {

// The words as the table's thread makes them in `language`.
PhoneWords words_in(const char* language) {
    REQUIRE(set_interface_language(language, find_locale_dir()));
    PhoneWords w = phone_words();
    set_interface_language("en", {});
    return w;
}

bool has(const std::vector<std::string>& msgs, const std::string& part) {
    for (const auto& m : msgs)
        if (m.find(part) != std::string::npos)
            return true;
    return false;
}

std::size_t count(const std::string& s, char c) {
    return std::size_t(std::count(s.begin(), s.end(), c));
}

} // namespace

TEST_CASE("phones: a refusal reaches the phone in the table's language", "[phones][words]") {
    PhoneRoom room(42);
    room.set_table(R"({"seats":[{"name":"Ana"},{"name":"Ben"}]})", 2);
    room.set_words(words_in("de")); // on the table's thread, as the App does
    // Before joining: the room code typed wrong.
    auto wrong = room.receive(1, R"({"type":"join","room":"XXXX","id":4})");
    CHECK(has(wrong.to_sender, R"("code":"wrong-room")"));
    // "message" stays English, as ever; "said" is the table's language.
    CHECK(has(wrong.to_sender, R"("message":"That room code is not this table's. Check the TV.")"));
    CHECK(
        has(wrong.to_sender,
            R"("said":"Dieser Raumcode gehört nicht zu diesem Tisch. Schau auf den Fernseher.")"));
    room.receive(1, R"({"type":"join","room":")" + room.code() + "\"}");
    auto early = room.receive(1, R"({"type":"act","move":"pass"})");
    CHECK(has(early.to_sender, R"("code":"not-seated")"));
    CHECK(has(early.to_sender, R"("said":"Wähle zuerst deinen Platz.")"));
    // Every refusal has its German sentence, and none is left English.
    const PhoneWords de = words_in("de");
    REQUIRE(de.refusals.size() == std::size_t(kPhoneRefusals));
    for (int r = 0; r < kPhoneRefusals; ++r) {
        INFO(phone_refusal_code(PhoneRefusal(r)));
        CHECK_FALSE(de.refusals[std::size_t(r)].empty());
        CHECK(de.refusals[std::size_t(r)] != phone_refusal_said(PhoneRefusal(r)));
    }
    // A room whose words were never set says only the English message.
    PhoneRoom none(42);
    CHECK_FALSE(has(none.receive(1, R"({"type":"join","room":"XXXX"})").to_sender, "said"));
}

TEST_CASE("phones: the page is served with its join form in the table's language",
          "[phones][words]") {
    const PhoneAsset* html = phone_asset("/");
    REQUIRE(html);
    const std::string de = phone_page_in(html->body, words_in("de"));
    CHECK(de.find(R"(<html lang="de" data-words="{)") != std::string::npos);
    CHECK(de.find(R"x(data-word="Room code (on the TV)">Raumcode (auf dem Fernseher)<)x") !=
          std::string::npos);
    CHECK(de.find(R"(data-word="Join">Beitreten<)") != std::string::npos);
    CHECK(de.find(R"(&quot;Your turn&quot;:&quot;Du bist dran&quot;)") != std::string::npos);
    // Without words (not set yet) the page is served as written.
    CHECK(phone_page_in(html->body, PhoneWords{}) == std::string(html->body));
}

TEST_CASE("phones: no words in the served page can add markup or script", "[phones][words]") {
    const PhoneAsset* html = phone_asset("/");
    REQUIRE(html);
    const std::string template_html(html->body);
    const std::string hostile =
        R"x(</script><script>alert(1)</script>"' onload="alert(2)"><img src=x onerror=alert(3)>&amp;)x";
    PhoneWords w;
    w.language = R"x(de"><script>alert(4)</script>)x";
    for (const auto& [english, said] : phone_page_words())
        w.page.emplace_back(english, hostile + said);
    const std::string page = phone_page_in(template_html, w);
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("onload=\"") == std::string::npos); // as text: onload=&quot;
    // Not one tag, quote or apostrophe more than the page has: every one the
    // words hold is escaped (the two quotes more are data-words' own).
    CHECK(count(page, '<') == count(template_html, '<'));
    CHECK(count(page, '>') == count(template_html, '>'));
    CHECK(count(page, '"') == count(template_html, '"') + 2);
    CHECK(count(page, '\'') == count(template_html, '\''));
    // The words read back from the attribute as they were given.
    const std::string mark = "data-words=\"";
    const auto at = page.find(mark);
    REQUIRE(at != std::string::npos);
    std::string attr =
        page.substr(at + mark.size(), page.find('"', at + mark.size()) - at - mark.size());
    std::string back;
    for (std::size_t i = 0; i < attr.size(); ++i) {
        const std::pair<const char*, char> entities[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
        bool done = false;
        for (const auto& [e, c] : entities)
            if (attr.compare(i, std::char_traits<char>::length(e), e) == 0) {
                back += c;
                i += std::char_traits<char>::length(e) - 1;
                done = true;
                break;
            }
        if (!done)
            back += attr[i];
    }
    auto parsed = parse_json_text("words", back);
    const Json* j = std::get_if<Json>(&parsed);
    REQUIRE(j);
    CHECK((*j)["Join"].get<std::string>() == hostile + "Join");
}

TEST_CASE("phones server: GET / serves the page in the table's words; errors say them too",
          "[phones][server][words]") {
    PhoneServerOptions o;
    o.address = "127.0.0.1";
    o.port = 0;
    std::string error;
    auto s = PhoneServer::start(std::move(o), error);
    REQUIRE(s);
    CHECK(http_get(s->port(), "/").body.find(R"(<html lang="en">)") != std::string::npos);
    s->set_words(words_in("de"));
    HttpAnswer page = http_get(s->port(), "/?room=" + s->room_code());
    CHECK(page.status == 200);
    CHECK(page.body.find(R"(<html lang="de")") != std::string::npos);
    CHECK(page.body.find(">Beitreten<") != std::string::npos);
    PhoneClient phone(s->port());
    REQUIRE(phone.open());
    phone.send(R"({"type":"join","room":"XXXX"})");
    auto refused = phone.receive_type("error");
    REQUIRE(refused);
    CHECK(refused->find(R"("said":"Dieser Raumcode)") != std::string::npos);
}
