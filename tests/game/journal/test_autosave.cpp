#include "game/journal/autosave.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

SCENARIO("unsaved journal text is written well within a second of its first change") {
    GIVEN("a tracker with everything saved") {
        AutosaveTracker t;
        t.start(7);
        THEN("nothing is due") {
            CHECK_FALSE(t.dirty());
            CHECK_FALSE(t.deadline());
            CHECK_FALSE(t.due(1'000'000));
        }
        WHEN("a key is typed at 10 000 ms and more keys follow steadily") {
            t.changed(8, 10'000);
            t.changed(9, 10'400);
            t.changed(10, 10'900);
            THEN("the write is due 750 ms after the first, not pushed back") {
                CHECK(t.dirty());
                CHECK(t.deadline() == 10'750);
                CHECK_FALSE(t.due(10'749));
                CHECK(t.due(10'750));
            }
            AND_WHEN("the text is written") {
                t.saved(10);
                THEN("nothing is due until the next change, which starts a new second") {
                    CHECK_FALSE(t.dirty());
                    t.changed(11, 12'500);
                    CHECK(t.deadline() == 13'250);
                }
            }
            AND_WHEN("an older revision is written while typing went on") {
                t.saved(9);
                THEN("the rest is still unsaved and due") {
                    CHECK(t.dirty());
                    CHECK(t.due(11'000));
                }
            }
            AND_WHEN("the write fails") {
                t.failed(11'000);
                THEN("it is tried again a second later") {
                    CHECK(t.dirty());
                    CHECK_FALSE(t.due(11'500));
                    CHECK(t.due(12'000));
                }
            }
        }
        WHEN("the same revision is reported again (a caret move)") {
            t.changed(7, 5'000);
            THEN("nothing is unsaved") {
                CHECK_FALSE(t.dirty());
            }
        }
    }
}
