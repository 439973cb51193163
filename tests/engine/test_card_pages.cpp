// A card too long to show whole at a readable size (here in OpenDyslexic,
// wider and taller than Lato) goes a page at a time on the table: T, a
// click on its "1/2" or B's choice turns the page, and nothing of the
// session changes while it does.
#include "tests/engine_fixture.hpp"

#include <cstring>
#include <fstream>
#include <sstream>

using namespace hearth;

namespace {

// Whether two shots show the same pixels in `r`.
bool same_region(SDL_Surface* a, SDL_Surface* b, SDL_Rect r) {
    for (int y = r.y; y < r.y + r.h; ++y) {
        const auto* ra = static_cast<const std::uint8_t*>(a->pixels) + y * a->pitch + r.x * 4;
        const auto* rb = static_cast<const std::uint8_t*>(b->pixels) + y * b->pitch + r.x * 4;
        if (std::memcmp(ra, rb, std::size_t(r.w) * 4) != 0)
            return false;
    }
    return true;
}

// Whether every pixel in `r` is the colour of its first.
bool plain(SDL_Surface* s, SDL_Rect r) {
    const auto* base = static_cast<const std::uint8_t*>(s->pixels);
    std::uint32_t first;
    std::memcpy(&first, base + r.y * s->pitch + r.x * 4, 4);
    for (int y = r.y; y < r.y + r.h; ++y)
        for (int x = r.x; x < r.x + r.w; ++x) {
            std::uint32_t p;
            std::memcpy(&p, base + y * s->pitch + x * 4, 4);
            if (p != first)
                return false;
        }
    return true;
}

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t log_lines(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for (char c : read_all(dir / "log.jsonl"))
        n += c == '\n';
    return n;
}

Options crew_night(const std::filesystem::path& dir, const char* font) {
    Options o = test::table_options(dir);
    o.format = "crew-night";
    o.players = {"Ana", "Ben", "Caro", "Dev"};
    o.seed = 1;
    o.font = font;
    return o;
}

// The check-in read, three practices laid out, the first taken: "When a
// meeting goes wrong", whose text takes two pages in OpenDyslexic at 720p.
constexpr const char* kToThePractice = "key pagedown\nkey pagedown\nkey pagedown\nwait 1\n";
// The card's text panel at 1280x720.
constexpr SDL_Rect kCardText{450, 300, 380, 300};

// The log's lines after only kToThePractice.
std::size_t practice_log_lines() {
    auto dir = test::fresh_folder("card-pages-plain");
    auto app = test::headless_app(crew_night(dir, "opendyslexic"));
    REQUIRE(test::play_script(*app, kToThePractice) == 0);
    return log_lines(dir);
}

} // namespace

SCENARIO("a long card in the reader's wider font turns its pages with T") {
    auto dir = test::fresh_folder("card-pages");
    auto app = test::headless_app(crew_night(dir, "opendyslexic"));
    REQUIRE(test::play_script(*app, std::string(kToThePractice) +
                                        "shot first\nkey t\nshot second\nkey t\nshot again\n") ==
            0);
    SurfacePtr first = test::load_shot(dir, "first"), second = test::load_shot(dir, "second"),
               again = test::load_shot(dir, "again");
    THEN("T shows the rest of the text, and T again its first page") {
        CHECK_FALSE(same_region(first.get(), second.get(), kCardText));
        CHECK(same_region(first.get(), again.get(), kCardText));
    }
    THEN("turning pages is not an action: the log has no more steps") {
        CHECK(read_all(dir / "log.jsonl").find("\"type\":\"chosen\"") != std::string::npos);
        CHECK(log_lines(dir) == practice_log_lines());
    }
}

SCENARIO("the clicker turns a long card's page with B and PageDown") {
    auto dir = test::fresh_folder("card-pages-clicker");
    auto app = test::headless_app(crew_night(dir, "opendyslexic"));
    REQUIRE(test::play_script(*app, std::string(kToThePractice) +
                                        "shot first\nkey b\nkey pagedown\nshot second\n") == 0);
    SurfacePtr first = test::load_shot(dir, "first"), second = test::load_shot(dir, "second");
    THEN("B's first choice is the next page, and PageDown takes it") {
        CHECK_FALSE(same_region(first.get(), second.get(), kCardText));
        CHECK(log_lines(dir) == practice_log_lines()); // PageDown took no step
    }
}

SCENARIO("a card that fits shows whole, and T says it has no other side") {
    auto dir = test::fresh_folder("card-pages-standard");
    auto app = test::headless_app(crew_night(dir, "standard"));
    REQUIRE(test::play_script(*app, std::string(kToThePractice) +
                                        "shot first\nkey t\nwait 3\nshot second\n") == 0);
    SurfacePtr first = test::load_shot(dir, "first"), second = test::load_shot(dir, "second");
    CHECK(same_region(first.get(), second.get(), kCardText));
}

// tests/decks/good/long-cards: two questions too long for one face in any
// family, so the standard one pages them too.
const std::filesystem::path kLongCards = HEARTH_TEST_DECKS "/good/long-cards";

SCENARIO("a deck's card too long for its face goes a page at a time at the table") {
    auto dir = test::fresh_folder("card-pages-long-table");
    Options o = test::table_options(dir);
    o.format = "circle";
    auto app = test::headless_app(o, kLongCards);
    REQUIRE(test::play_script(*app, "key pagedown\nwait 1\nshot first\nkey t\nshot second\nkey "
                                    "t\nshot again\n") == 0);
    SurfacePtr first = test::load_shot(dir, "first"), second = test::load_shot(dir, "second"),
               again = test::load_shot(dir, "again");
    CHECK_FALSE(same_region(first.get(), second.get(), kCardText));
    CHECK(same_region(first.get(), again.get(), kCardText));
}

SCENARIO("solo: a long card turns its page with Ctrl+PageDown, and the entry stays") {
    auto dir = test::fresh_folder("card-pages-long-solo");
    Options o = test::table_options(dir);
    o.solo = true;
    o.players.clear();
    o.format.clear();
    o.log.clear();
    auto app = test::headless_app(o, kLongCards);
    REQUIRE(test::play_script(*app, "type kept words\nshot first\nkey Ctrl+PageDown\nshot "
                                    "second\nkey Ctrl+PageDown\nshot again\n") == 0);
    SurfacePtr first = test::load_shot(dir, "first"), second = test::load_shot(dir, "second"),
               again = test::load_shot(dir, "again");
    // At 1280x720 the solo card is at the left, the entry at the right.
    const SDL_Rect card_text{60, 260, 400, 340}, entry{560, 80, 660, 500};
    THEN("the card shows its second page, then its first again") {
        CHECK_FALSE(same_region(first.get(), second.get(), card_text));
        CHECK(same_region(first.get(), again.get(), card_text));
    }
    THEN("the entry is as it was typed") {
        CHECK(same_region(first.get(), second.get(), entry));
    }
}

// The look (F: a card the "see" line names) showed only a long card's first
// page, and its line of keys ran off both sides of a 1280-pixel screen.
SCENARIO("a long card in a look turns its pages too, and the look's keys fit the screen") {
    auto dir = test::fresh_folder("card-pages-look");
    auto app = test::headless_app(crew_night(dir, "opendyslexic"));
    REQUIRE(test::play_script(*app, std::string(kToThePractice) +
                                        "key F\nshot first\nkey T\nshot second\nkey T\nshot "
                                        "again\n") == 0);
    SurfacePtr first = test::load_shot(dir, "first"), second = test::load_shot(dir, "second"),
               again = test::load_shot(dir, "again");
    THEN("T shows the looked-at card's second page, then its first again") {
        CHECK_FALSE(same_region(first.get(), second.get(), kCardText));
        CHECK(same_region(first.get(), again.get(), kCardText));
    }
    THEN("the status row's words stay clear of the screen's edges") {
        // Both ends of the row are the plain cloth: no letter reaches them.
        CHECK(plain(first.get(), SDL_Rect{0, 668, 16, 48}));
        CHECK(plain(first.get(), SDL_Rect{1264, 668, 16, 48}));
    }
}
