// Regression tests for hostile saves and logs: each case is an input that once
// crashed, overflowed or loaded what the table never allows, and now gets an
// exact diagnostic.
#include "engine/words/words.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace hearth;
using namespace hearth::testing;
using nlohmann::json;

namespace {
const Deck& deck() {
    return session_deck();
}

Session short_session() {
    SessionStart st{7, "", "popcorn", {"Ana", "Bo", "Cy"}, {}};
    Session s = std::get<Session>(start_session(deck(), st));
    must(deck(), s, act::ChooseMission{"m2"});
    must(deck(), s, act::Next{});
    must(deck(), s, act::Tick{1500});
    return s;
}

std::string load_error(std::string_view text) {
    auto r = session_from_json(deck(), text, "save.json");
    REQUIRE(std::holds_alternative<Diagnostic>(r));
    return say(std::get<Diagnostic>(r));
}

json v1_save() {
    return json::parse(save_to_json(short_session()));
}

int line_count(std::string_view text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}
} // namespace

SCENARIO("a seed or generator state of 20 digits above 2^64-1 is an error, not an abort") {
    json j = v1_save();
    GIVEN("a save whose start seed is 99999999999999999999") {
        j["start"]["seed"] = "99999999999999999999";
        THEN("it is refused, naming the field") {
            CHECK(load_error(j.dump()) == "save.json: error: start.seed: out of range");
        }
    }
    GIVEN("a save whose generator state is 18446744073709551616") {
        j["table"]["rng"] = "18446744073709551616";
        THEN("it is refused, naming the field") {
            CHECK(load_error(j.dump()) == "save.json: error: table.rng: out of range");
        }
    }
    GIVEN("the largest state, 18446744073709551615") {
        j["table"]["rng"] = "18446744073709551615";
        THEN("it loads") {
            auto r = session_from_json(deck(), j.dump(), "save.json");
            REQUIRE(std::holds_alternative<Session>(r));
            CHECK(std::get<Session>(r).table.rng.state == 18446744073709551615ull);
        }
    }
}

SCENARIO("the number 1e400 anywhere in a save or log is an error at its place, not an abort") {
    GIVEN("a version-1 save with 1e400 under a key Hearth does not know") {
        const std::string good = save_to_json(short_session());
        const std::string text = "{\"zz\": 1e400, " + good.substr(1);
        THEN("the error is at the number") {
            CHECK(load_error(text) ==
                  "save.json:1:8: error: the number 1e400 is too large to read");
        }
    }
    const std::string v2 = save_to_jsonl(short_session());
    GIVEN("a version-2 save with 1e400 on an action line") {
        const std::string prefix = R"({"type":"action","action":"next","x":)";
        const std::string text = v2 + prefix + "1e400,\"caused\":[]}\n";
        THEN("the error names that line and column") {
            CHECK(load_error(text) == "save.json:" + std::to_string(line_count(v2) + 1) + ":" +
                                          std::to_string(prefix.size() + 1) +
                                          ": error: the number 1e400 is too large to read");
        }
    }
    GIVEN("a version-2 save with 1e400 on a snapshot line") {
        const std::string prefix = R"({"type":"snapshot","entries":)";
        const std::string text = v2 + prefix + "-1e400}\n";
        THEN("the error names that line and column") {
            CHECK(load_error(text) == "save.json:" + std::to_string(line_count(v2) + 1) + ":" +
                                          std::to_string(prefix.size() + 1) +
                                          ": error: the number -1e400 is too large to read");
        }
    }
    GIVEN("a log with 1e400 on its second line") {
        const std::string log = start_to_jsonl(short_session().start) + "{\"type\":1e400}\n";
        THEN("replaying it gives the error at that line") {
            auto r = replay_log(deck(), log, "log.jsonl");
            REQUIRE(std::holds_alternative<Diagnostic>(r));
            CHECK(say(std::get<Diagnostic>(r)) ==
                  "log.jsonl:2:9: error: the number 1e400 is too large to read");
        }
    }
    GIVEN("a number of 100,000 digits") {
        const std::string text = "{\"zz\": 1" + std::string(100000, '0') + "}";
        THEN("the message shows only its first digits") {
            CHECK(load_error(text) == "save.json:1:8: error: the number 1" + std::string(39, '0') +
                                          "... is too large to read");
        }
    }
}

SCENARIO("a save format version is compared exactly, never narrowed") {
    GIVEN("a version-2 header declaring version 4294967297 (2^32 + 1)") {
        std::string v2 = save_to_jsonl(short_session());
        v2.replace(v2.find("\"version\":2"), 11, "\"version\":4294967297");
        THEN("it is refused as a version this Hearth does not read") {
            CHECK(load_error(v2) == "save.json:1: error: save format version 4294967297 is not "
                                    "one this Hearth reads (it reads 1 to 2)");
        }
    }
    GIVEN("a version-1 document declaring version 4294967297") {
        json j = v1_save();
        j["version"] = 4294967297LL;
        THEN("it is refused, not read as version 1") {
            CHECK(load_error(j.dump(1)) == "save.json: error: save format version 4294967297 is "
                                           "not one this Hearth reads (it reads 1 to 2)");
        }
    }
    GIVEN("a header declaring version 18446744073709551615") {
        std::string v2 = save_to_jsonl(short_session());
        v2.replace(v2.find("\"version\":2"), 11, "\"version\":18446744073709551615");
        THEN("it is refused with the number as written") {
            CHECK(load_error(v2) == "save.json:1: error: save format version "
                                    "18446744073709551615 is not one this Hearth reads (it "
                                    "reads 1 to 2)");
        }
    }
}

SCENARIO("a clock near INT64_MAX is refused on load, and the clock saturates while playing") {
    GIVEN("a save whose elapsed_ms is near INT64_MAX") {
        json j = v1_save();
        j["elapsed_ms"] = 9223372036854775000LL;
        THEN("it is refused, with the range") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: elapsed_ms: out of range (0 to 3153600000000)");
        }
    }
    GIVEN("a save whose timer has near INT64_MAX remaining") {
        json j = v1_save();
        j["table"]["timer"]["kind"] = "prompt";
        j["table"]["timer"]["remaining_ms"] = 9223372036854775000LL;
        THEN("it is refused, naming the field") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: table.timer.remaining_ms: out of range");
        }
    }
    GIVEN("a session whose clock and timer are a millisecond short of the bound") {
        Session s = short_session();
        s.elapsed_ms = kMaxClockMs - 1;
        s.table.timer = {TimerKind::Prompt, kMaxClockMs - 1, kMaxClockMs - 1, 0, false};
        WHEN("two seconds pass and the timer is extended") {
            must(deck(), s, act::Tick{2000});
            must(deck(), s, act::Extend{60000});
            THEN("both stop at the bound, the session keeps its invariants and saves") {
                CHECK(s.elapsed_ms == kMaxClockMs);
                CHECK(s.table.timer.total_ms == kMaxClockMs);
                CHECK(s.table.timer.remaining_ms == kMaxClockMs);
                CHECK(check_invariants(deck(), s) == std::nullopt);
                auto back = session_from_json(deck(), save_to_json(s), "save.json");
                REQUIRE(std::holds_alternative<Session>(back));
            }
        }
        WHEN("the expired timer runs on in overtime") {
            s.table.timer = {TimerKind::Prompt, 1000, 0, kMaxClockMs - 1, true};
            must(deck(), s, act::Tick{2000});
            THEN("its overtime stops at the bound") {
                CHECK(s.table.timer.overtime_ms == kMaxClockMs);
            }
        }
    }
}

SCENARIO("loading a save applies the table's limits on names, counts and card text") {
    json j = v1_save();
    GIVEN("a player name of 61 bytes") {
        j["table"]["players"][0]["name"] = std::string(61, 'x');
        THEN("it is refused") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: table.players[0].name: longer than 60 bytes");
        }
    }
    GIVEN("a player name of 5 MB in an undo table") {
        j["undo"][0]["players"][1]["name"] = std::string(5 << 20, 'x');
        THEN("it is refused") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: undo[0].players[1].name: longer than 60 bytes");
        }
    }
    GIVEN("a player name holding a control character") {
        j["table"]["players"][2]["name"] = "C\x01y";
        THEN("it is refused") {
            CHECK(load_error(j.dump()) == "save.json: error: table.players[2].name: empty, or "
                                          "holds control characters or outer spaces");
        }
    }
    GIVEN("100,000 absent players") {
        for (int i = 0; i < 100000; ++i)
            j["table"]["players"].push_back({{"name", std::to_string(i) + "P"},
                                             {"present", false}}); // GCC 12: -Wrestrict on "P" + s
        THEN("it is refused at once") {
            CHECK(load_error(j.dump()) == "save.json: error: table.players: more than 1000 items");
        }
    }
    GIVEN("two seated players with the same name") {
        j["table"]["players"][1]["name"] = "Ana";
        THEN("it is refused") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: table: two players at the table are called 'Ana'");
        }
    }
    GIVEN("a written card of 10 MB text") {
        j["table"]["written"].push_back({{"id", "w1"},
                                         {"type", "blank"},
                                         {"title", "Big"},
                                         {"subtitle", ""},
                                         {"text", std::string(10 << 20, 'x')},
                                         {"tags", json::array()}});
        THEN("it is refused") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: table.written[0].text: longer than 4000 bytes");
        }
    }
}

SCENARIO("diagnostics show a save's NUL bytes and invalid UTF-8 escaped") {
    GIVEN("a save line holding a stray 0xFF byte inside a string") {
        const std::string text = "{\"type\": \"t\xff\"}";
        THEN("the syntax error quotes it as \\xFF, never raw") {
            const std::string e = load_error(text);
            CHECK(e.find('\xff') == std::string::npos);
            CHECK(e.find("'\"t\\xFF'") != std::string::npos);
        }
    }
    GIVEN("a version-1 save whose deck id holds a NUL byte") {
        json j = v1_save();
        j["deck"] = std::string("ot\0her", 6);
        THEN("the message shows it as \\x00") {
            CHECK(load_error(j.dump()) ==
                  "save.json: error: this session was saved with the deck 'ot\\x00her', not "
                  "'table'");
        }
    }
}

SCENARIO("a save holding seated names that differ only in case loads, with a warning") {
    GIVEN("a session saved with 'ana' and 'Ana' at the table (allowed before the rule)") {
        SessionStart st{7, "", "popcorn", {"ana", "Bo", "Ana"}, {}};
        Session s = std::get<Session>(start_session(deck(), st));
        must(deck(), s, act::ChooseMission{"m2"});
        must(deck(), s, act::Next{});
        for (const std::string& text : {save_to_jsonl(s), save_to_json(s)}) {
            WHEN("it is read") {
                SaveReading reading;
                auto r = session_from_json(deck(), text, "save.json", &reading);
                THEN("the session is the one saved, with one warning naming both") {
                    REQUIRE(std::holds_alternative<Session>(r));
                    CHECK(std::get<Session>(r) == s);
                    REQUIRE(reading.warnings.size() == 1);
                    CHECK(reading.warnings[0].str() ==
                          "save.json: warning: players 'ana' and 'Ana' differ only in letter "
                          "case; the table tells them apart by their seats, a rename makes "
                          "them easier to tell apart");
                    CHECK(reading.appendable == (reading.version == 2));
                }
            }
        }
    }
}

SCENARIO("a snapshot over its budget keeps the newest undo steps that fit, and still loads") {
    GIVEN("a session with undo and redo steps") {
        Session s = short_session();
        for (int i = 0; i < 6; ++i)
            must(deck(), s, act::Next{});
        must(deck(), s, act::Back{});
        must(deck(), s, act::Back{});
        REQUIRE(s.undo.size() >= 4);
        REQUIRE(s.redo.size() == 2);
        const std::string whole = save_snapshot_jsonl(s);
        WHEN("the budget is a little less than the whole snapshot") {
            const std::string cut = save_snapshot_jsonl(s, whole.size() - 10);
            THEN("the oldest undo step went, the newest stayed, and nothing else changed") {
                json a = json::parse(whole), b = json::parse(cut);
                CHECK(b["undo"].size() == a["undo"].size() - 1);
                CHECK(b["undo"].back() == a["undo"].back());
                CHECK(b["redo"] == a["redo"]);
                CHECK(b["table"] == a["table"]);
                CHECK(cut.size() <= whole.size() - 10);
            }
        }
        WHEN("the budget holds only the table") {
            const std::string cut = save_snapshot_jsonl(s, 10);
            THEN("undo and redo are empty and the table is whole") {
                json a = json::parse(whole), b = json::parse(cut);
                CHECK(b["undo"].empty());
                CHECK(b["redo"].empty());
                CHECK(b["table"] == a["table"]);
            }
            THEN("a save ending with it resumes at the same table") {
                const std::string text = save_to_jsonl(s) + cut;
                SaveReading reading;
                auto r = session_from_json(deck(), text, "save.json", &reading);
                if (auto* e = std::get_if<Diagnostic>(&r))
                    FAIL(say(*e));
                CHECK(std::get<Session>(r).table == s.table);
                CHECK(std::get<Session>(r).undo.empty());
                CHECK(std::get<Session>(r).log == s.log);
            }
        }
    }
}
