// The summary names the opening card when the session was opened with one
// (docs/session.md): its structure (a section after the counts) and its
// Markdown, the file saved at the end.
#include "engine/words/summary_markdown.hpp"
#include "game/session/summary.hpp"
#include "tests/session_fixture.hpp"

using namespace hearth;
using namespace hearth::testing;

namespace {

const Deck& bookends() {
    static const Deck d = [] {
        LoadResult r = load_deck(std::filesystem::path(HEARTH_TEST_DECKS) / "good/bookends");
        for (const auto& x : r.diagnostics.all())
            UNSCOPED_INFO(x.str());
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return d;
}

const SummarySection* section(const Summary& s, MessageId heading) {
    for (const SummarySection& one : s.sections)
        if (one.heading.id == heading)
            return &one;
    return nullptr;
}

} // namespace

SCENARIO("the summary names the opening card the session opened with") {
    GIVEN("a circle opened with 'Welcome to the circle', played to its end") {
        Session s = must_start(bookends(), "circle", 2);
        must(bookends(), s, act::Next{}); // the opening is read
        REQUIRE(s.table.phase == Phase::Opening);
        while (s.table.phase != Phase::Ended)
            must(bookends(), s, act::Next{});
        const Summary sum = summarize(bookends(), s);
        THEN("its structure has the opening, after the counts and before the cards played") {
            const SummarySection* opening = section(sum, MessageId::SummaryOpening);
            REQUIRE(opening);
            REQUIRE(opening->entries.size() == 1);
            CHECK(opening->entries[0].line ==
                  Message{MessageId::SummaryOpeningCard, {{"card", "Welcome to the circle"}}});
            CHECK(sum.sections[2].heading.id == MessageId::SummaryOpening);
        }
        THEN("the Markdown saved at the end names it") {
            const std::string md = summary_markdown(bookends(), s);
            INFO(md);
            CHECK(md.find("## Opening\n\n**Welcome to the circle**, read aloud at the start\n") !=
                  std::string::npos);
            CHECK(md.find("## Opening") < md.find("## Cards played"));
        }
    }
    GIVEN("a drawn opening") {
        Session s = must_start(bookends(), "drawn", 2, 11);
        const std::string title = opening_card(bookends(), s)->title;
        must(bookends(), s, act::Next{});
        must(bookends(), s, act::EndSession{});
        THEN("the card drawn is the one named") {
            CHECK(summary_markdown(bookends(), s).find("**" + title + "**, read aloud") !=
                  std::string::npos);
        }
    }
    GIVEN("a session ended at set-up, before its opening was shown") {
        Session s = must_start(bookends(), "circle", 2);
        must(bookends(), s, act::EndSession{});
        THEN("no opening is named") {
            CHECK_FALSE(opened(s));
            CHECK_FALSE(section(summarize(bookends(), s), MessageId::SummaryOpening));
            CHECK(summary_markdown(bookends(), s).find("## Opening") == std::string::npos);
        }
    }
    GIVEN("a format without an opening") {
        Session s = must_start(session_deck(), "circle", 2);
        must(session_deck(), s, act::Next{});
        must(session_deck(), s, act::EndSession{});
        THEN("no opening is named") {
            CHECK_FALSE(section(summarize(session_deck(), s), MessageId::SummaryOpening));
        }
    }
}
