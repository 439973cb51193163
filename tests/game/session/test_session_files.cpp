#include "engine/words/summary_markdown.hpp"
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace hearth;
using namespace hearth::testing;

namespace {
const Deck& deck() {
    return session_deck();
}

// A popcorn evening with a bit of everything in it, under `rules`.
Session played_session(int rules = kRulesVersion) {
    SessionStart st{99, "", "popcorn", {"Ana", "Bo", "Cy"}, {"a1"}};
    st.rules = rules;
    Session s = std::get<Session>(start_session(deck(), st));
    const Action actions[] = {act::ChooseMission{"m2"},
                              act::Next{},
                              act::Keep{1},
                              act::Next{},
                              act::Tick{4000},
                              act::Pause{},
                              act::Tick{100},
                              act::Resume{},
                              act::Tick{7000},
                              act::Extend{5000},
                              act::Next{},
                              act::Take{2},
                              act::Pass{},
                              act::Next{},
                              act::Skip{},
                              act::Back{},
                              act::Redo{},
                              act::AddPlayer{"Dee", 1},
                              act::RenamePlayer{0, "Ana B"},
                              act::WriteCard{"Soup", "Cook *together*.", "", 2},
                              act::RemovePlayer{2},
                              act::Next{},
                              act::Next{},
                              act::Keep{-1},
                              act::EndSession{}};
    for (const Action& a : actions)
        apply_in_place(deck(), s, a); // some are refused on purpose; refusals are not logged
    return s;
}

std::string save_error(std::string_view text) {
    auto r = session_from_json(deck(), text, "save.json");
    REQUIRE(std::holds_alternative<Diagnostic>(r));
    return say(std::get<Diagnostic>(r));
}
} // namespace

SCENARIO("the log is JSON Lines with the promised fields") {
    GIVEN("a played session") {
        Session s = played_session();
        std::string jsonl = log_to_jsonl(s);
        THEN("the first line is the start, and every line is an object with a type") {
            std::vector<nlohmann::json> lines;
            std::size_t pos = 0;
            while (pos < jsonl.size()) {
                auto end = jsonl.find('\n', pos);
                lines.push_back(nlohmann::json::parse(jsonl.substr(pos, end - pos)));
                pos = end + 1;
            }
            REQUIRE(lines.size() > 20);
            CHECK(lines[0]["type"] == "start");
            CHECK(lines[0]["seed"] == "99");
            CHECK(lines[0]["deck"] == "table");
            CHECK(lines[0]["format"] == "popcorn");
            CHECK(lines[0]["players"] == nlohmann::json({"Ana", "Bo", "Cy"}));
            int draws = 0;
            for (const auto& l : lines) {
                REQUIRE(l.contains("type"));
                if (l["type"] == "draw") {
                    ++draws;
                    CHECK(l["card"].is_string());
                    CHECK(l["player"].is_string());
                    CHECK(l["seat"].is_number_integer());
                }
            }
            CHECK(draws >= 3);
            CHECK(lines[1] ==
                  nlohmann::json{{"type", "action"}, {"action", "choose-mission"}, {"card", "m2"}});
            // Rules 3: the mission is chosen from the missions laid out at set-up.
            CHECK(lines[2] == nlohmann::json{{"type", "chosen"}, {"card", "m2"}, {"index", 1}});
            CHECK(lines[3] == nlohmann::json{{"type", "mission"}, {"card", "m2"}});
            CHECK(lines[4] == nlohmann::json{{"type", "returned"}, {"card", "m1"}});
        }
        THEN("replaying it gives the same session") {
            auto r = replay_log(deck(), jsonl);
            if (auto* e = std::get_if<Diagnostic>(&r))
                FAIL(say(*e));
            CHECK(std::get<Session>(r) == s);
        }
    }
}

SCENARIO("replay catches broken logs and other decks") {
    Session s = played_session();
    std::string jsonl = log_to_jsonl(s);
    auto error = [](std::string_view text, const Deck& d = deck()) {
        auto r = replay_log(d, text, "night.jsonl");
        REQUIRE(std::holds_alternative<Diagnostic>(r));
        return say(std::get<Diagnostic>(r));
    };
    GIVEN("broken logs") {
        THEN("each error names the file and line") {
            CHECK(error("") == "night.jsonl: error: the log is empty");
            CHECK(error("{\"type\":\"action\",\"action\":\"next\"}\n") ==
                  "night.jsonl:1: error: the log does not begin with a \"start\" line");
            CHECK(error(jsonl.substr(0, jsonl.size() - 8)).rfind("night.jsonl:", 0) == 0);
            std::string torn = start_to_jsonl(s.start) + "{\"type\":\"act";
            CHECK(error(torn).rfind("night.jsonl:2:13: error: ", 0) == 0);
            CHECK(error(start_to_jsonl(s.start) + "[1]\n") ==
                  "night.jsonl:2: error: expected an object with a \"type\"");
            CHECK(error(start_to_jsonl(s.start) + "{\"type\":\"action\",\"action\":\"fly\"}\n") ==
                  "night.jsonl:2: error: action.action: unknown action \"fly\"");
            CHECK(error(start_to_jsonl(s.start) + "{\"type\":\"action\",\"action\":\"back\"}\n") ==
                  "night.jsonl:2: error: the replay refuses this back: there is nothing to undo "
                  "(is it the same deck?)");
        }
    }
    GIVEN("the same log against a deck whose cards differ") {
        Deck other = deck();
        other.cards.erase(other.cards.begin() + 6); // a3
        THEN("the replay notices the difference at the first draw that differs") {
            std::string e = error(jsonl, other);
            CHECK(e.find("the log says {\"card\":") != std::string::npos);
            CHECK(e.find("(is it the same deck?)") != std::string::npos);
        }
    }
}

SCENARIO("save and resume give back the same session") {
    GIVEN("a played session saved to a file") {
        Session s = played_session();
        auto dir = std::filesystem::temp_directory_path() / "hearth-session-test";
        std::filesystem::create_directories(dir);
        auto file = dir / "save.json";
        REQUIRE(!save_session(file, s));
        WHEN("it is loaded") {
            auto r = load_session(deck(), file);
            if (auto* e = std::get_if<Diagnostic>(&r))
                FAIL(say(*e));
            THEN("it is the same session, and it plays on the same") {
                Session back = std::get<Session>(r);
                CHECK(back == s);
                must(deck(), back, act::Back{});
                must(deck(), s, act::Back{});
                CHECK(back == s);
            }
        }
        WHEN("the file is missing") {
            std::filesystem::remove(file);
            auto r = load_session(deck(), file);
            THEN("the error names it") {
                CHECK(say(std::get<Diagnostic>(r)) ==
                      file.string() + ": error: cannot read the save file");
            }
        }
        std::filesystem::remove_all(dir);
    }
}

SCENARIO("a version-2 save is the header, the start and one line per action") {
    GIVEN("a played session") {
        Session s = played_session();
        const std::string text = save_to_jsonl(s);
        THEN("its lines are the header, the start line and each entry's line") {
            std::vector<nlohmann::json> lines;
            for (std::size_t pos = 0; pos < text.size();) {
                auto end = text.find('\n', pos);
                lines.push_back(nlohmann::json::parse(text.substr(pos, end - pos)));
                pos = end + 1;
            }
            REQUIRE(lines.size() == 2 + s.log.size());
            CHECK(lines[0] ==
                  nlohmann::json{{"type", "hearth-session"}, {"version", 2}, {"deck", "table"}});
            CHECK(lines[1] == nlohmann::json::parse(start_to_jsonl(s.start)));
            CHECK(lines[2]["action"] == "choose-mission");
            CHECK(lines[2]["caused"] ==
                  nlohmann::json::array({{{"type", "chosen"}, {"card", "m2"}, {"index", 1}},
                                         {{"type", "mission"}, {"card", "m2"}},
                                         {{"type", "returned"}, {"card", "m1"}},
                                         {{"type", "returned"}, {"card", "m3"}}}));
        }
        THEN("it holds no tables: each action's line is its own size, not the session's") {
            CHECK(text.find("draw_pile") == std::string::npos);
            for (const LogEntry& e : s.log)
                CHECK(save_entry_jsonl(e).size() < 600);
        }
        THEN("reading it replays the same session, undo and redo stacks included") {
            SaveReading reading;
            auto r = session_from_json(deck(), text, "save.json", &reading);
            if (auto* e = std::get_if<Diagnostic>(&r))
                FAIL(say(*e));
            CHECK(std::get<Session>(r) == s);
            CHECK(reading.version == 2);
            CHECK(reading.warnings.empty());
            CHECK(reading.appendable);
        }
        THEN("without its last newline it still reads, but is not appended to as it is") {
            SaveReading reading;
            auto r =
                session_from_json(deck(), text.substr(0, text.size() - 1), "save.json", &reading);
            REQUIRE(std::holds_alternative<Session>(r));
            CHECK(std::get<Session>(r) == s);
            CHECK_FALSE(reading.appendable);
        }
    }
}

SCENARIO("a save cut off mid-write loads up to its last whole action, and says so") {
    Session s = played_session();
    const std::string text = save_to_jsonl(s);
    GIVEN("the last line torn part way") {
        const std::size_t last = text.rfind('\n', text.size() - 2) + 1;
        const std::string torn = text.substr(0, last + 20);
        WHEN("it is read") {
            SaveReading reading;
            auto r = session_from_json(deck(), torn, "save.json", &reading);
            THEN("the session is the one before the last action, with a warning at that line") {
                if (auto* e = std::get_if<Diagnostic>(&r))
                    FAIL(say(*e));
                Session before = std::get<Session>(replay_log(deck(), [&] {
                    Session cut = s;
                    cut.log.pop_back();
                    return log_to_jsonl(cut);
                }()));
                CHECK(std::get<Session>(r) == before);
                REQUIRE(reading.warnings.size() == 1);
                CHECK(reading.warnings[0].str() ==
                      "save.json:" + std::to_string(2 + s.log.size()) +
                          ":1: warning: the last action was cut off while it was being written; "
                          "the session resumes from the action before it");
            }
        }
    }
    GIVEN("every cut of the file") {
        THEN("each one loads, with a warning when a line was torn, or is refused; none crash") {
            for (std::size_t cut = 0; cut <= text.size(); cut += 13) {
                SaveReading reading;
                auto r = session_from_json(deck(), text.substr(0, cut), "save.json", &reading);
                const bool at_line_end = cut > 0 && text[cut - 1] == '\n';
                if (auto* e = std::get_if<Diagnostic>(&r))
                    CHECK(say(*e).rfind("save.json", 0) == 0);
                else if (!at_line_end)
                    CHECK(reading.warnings.size() <= 1);
            }
        }
    }
    GIVEN("a damaged line before the last") {
        std::string broken = text;
        broken.replace(broken.find("\"action\":\"next\""), 15, "\"action\":\"fly\" ");
        THEN("it is an error naming the line, not a silent cut") {
            CHECK(save_error(broken) ==
                  "save.json:4: error: action.action: unknown action \"fly\"");
        }
    }
    GIVEN("a save of another deck or a later version") {
        THEN("the header says so") {
            std::string other = text;
            other.replace(other.find("\"deck\":\"table\""), 14, "\"deck\":\"other\"");
            CHECK(save_error(other) ==
                  "save.json:1: error: this session was saved with the deck 'other', not 'table'");
            CHECK(save_error("{\"type\":\"hearth-session\",\"version\":3,\"deck\":\"table\"}\n") ==
                  "save.json:1: error: save format version 3 is not one this Hearth reads (it "
                  "reads 1 to 2)");
        }
    }
    GIVEN("a deck whose cards differ") {
        Deck other = deck();
        other.cards.erase(other.cards.begin() + 6); // a3
        THEN("the replay notices it at the first action that differs") {
            auto r = session_from_json(other, text, "save.json");
            REQUIRE(std::holds_alternative<Diagnostic>(r));
            CHECK(say(std::get<Diagnostic>(r)).find("(is it the same deck?)") != std::string::npos);
        }
    }
}

SCENARIO("a version-1 save file still loads") {
    GIVEN("a version-1 save written by an earlier Hearth (tests/saves/v1-popcorn.json)") {
        auto file = std::filesystem::path(HEARTH_TEST_SAVES) / "v1-popcorn.json";
        WHEN("it is loaded") {
            SaveReading reading;
            auto r = load_session(deck(), file, &reading);
            THEN("it is the session that was saved, and plays on the same") {
                if (auto* e = std::get_if<Diagnostic>(&r))
                    FAIL(say(*e));
                Session back = std::get<Session>(r);
                Session s = played_session(1);
                // It was played under the first rules, and plays on under them.
                CHECK(back.start.rules == 1);
                CHECK(back == s);
                CHECK(reading.version == 1);
                must(deck(), back, act::Back{});
                must(deck(), s, act::Back{});
                CHECK(back == s);
            }
        }
    }
}

SCENARIO("damaged or foreign save files get a clear error, never a crash") {
    const std::string good = save_to_json(played_session());
    GIVEN("a truncated save") {
        THEN("the error has line and column") {
            std::string e = save_error(good.substr(0, good.size() / 2));
            CHECK(e.rfind("save.json:", 0) == 0);
            CHECK(e.find(": error: syntax error") != std::string::npos);
        }
        THEN("every cut gives an error, not a crash") {
            for (std::size_t cut = 0; cut < good.size(); cut += 97)
                CHECK(!save_error(good.substr(0, cut)).empty());
        }
    }
    GIVEN("a syntax error on line 3") {
        THEN("the position is exact") {
            CHECK(save_error("{\n  \"type\": \"hearth-session\",\n  \"version\": 1,,\n}") ==
                  "save.json:3:16: error: syntax error while parsing object key - unexpected ','; "
                  "expected string literal");
        }
    }
    GIVEN("foreign JSON and wrong types") {
        THEN("each says what is wrong and where") {
            CHECK(save_error("[1, 2]") ==
                  "save.json: error: not a Hearth session save (no \"type\": \"hearth-session\")");
            CHECK(save_error("{\"name\": \"x\"}") ==
                  "save.json: error: not a Hearth session save (no \"type\": \"hearth-session\")");
            CHECK(
                save_error("{\"type\": \"hearth-session\", \"version\": 9}") ==
                "save.json:1: error: save format version 9 is not one this Hearth reads (it reads "
                "1 to 2)");
            CHECK(save_error("{\"type\": \"hearth-session\", \"version\": \"1\"}") ==
                  "save.json: error: version: expected an integer");
            auto j = nlohmann::json::parse(good);
            j["deck"] = "other";
            CHECK(save_error(j.dump()) ==
                  "save.json: error: this session was saved with the deck 'other', not 'table'");
            j = nlohmann::json::parse(good);
            j["table"]["draw_pile"][0] = 5;
            CHECK(save_error(j.dump()) ==
                  "save.json: error: table.draw_pile[0]: expected a string");
            j = nlohmann::json::parse(good);
            j["table"]["draw_pile"].push_back("q1");
            CHECK(save_error(j.dump()).find("save.json: error: table: card '") == 0);
            j = nlohmann::json::parse(good);
            j["table"]["phase"] = "dancing";
            CHECK(save_error(j.dump()) ==
                  "save.json: error: table.phase: unknown value \"dancing\"");
            j = nlohmann::json::parse(good);
            j["table"]["active"] = 77;
            CHECK(save_error(j.dump()) ==
                  "save.json: error: table: the active player is not at the table");
            j = nlohmann::json::parse(good);
            j["undo"][0].erase("timer");
            CHECK(save_error(j.dump()) == "save.json: error: undo[0]: missing \"timer\"");
            j = nlohmann::json::parse(good);
            j["start"]["format"] = "gone";
            CHECK(save_error(j.dump()) ==
                  "save.json: error: the deck 'table' has no format 'gone' any more");
        }
    }
    GIVEN("random bytes") {
        THEN("they are refused with a position") {
            Rng rng{1};
            for (int round = 0; round < 200; ++round) {
                std::string junk;
                const auto n = rng.below(200);
                for (std::uint64_t i = 0; i < n; ++i)
                    junk += static_cast<char>(rng.below(256));
                CHECK(!save_error(junk).empty());
            }
            CHECK(save_error("\xff\xfe garbage").rfind("save.json:1:1: error: ", 0) == 0);
        }
    }
}

SCENARIO("the summary tells the evening in Markdown") {
    GIVEN("a played session") {
        Session s = played_session();
        std::string md = summary_markdown(deck(), s);
        THEN("it has the mission, the cards, who kept what and the written cards") {
            CHECK(md.rfind("# Popcorn \xE2\x80\x94 Table deck\n", 0) == 0);
            CHECK(md.find("Players: Ana B, Bo (left), Cy, Dee") != std::string::npos);
            CHECK(md.find("## Mission\n\n**M2**") != std::string::npos);
            CHECK(md.find("## Cards played\n\n1. **A") != std::string::npos);
            CHECK(md.find("## Who kept what\n\n- **Bo**: A") != std::string::npos);
            CHECK(md.find("### Soup\n\nCook *together*.\n\n*Written by Bo*") != std::string::npos);
        }
        THEN("its bytes are the catalogue's words in the summary's structure, as before") {
            CHECK(md == "# Popcorn \xE2\x80\x94 Table deck\n\n"
                        "Players: Ana B, Bo (left), Cy, Dee\n\n"
                        "Rounds: 1 \xC2\xB7 Cards played: 2 \xC2\xB7 Minutes: 0\n\n"
                        "## Mission\n\n**M2**\n\n"
                        "## Cards played\n\n"
                        "1. **A3** \xE2\x80\x94 Ana B, round 1; kept by Bo\n"
                        "2. **A1** \xE2\x80\x94 Bo, round 1; kept by Cy\n\n"
                        "## Who kept what\n\n- **Bo**: A3\n- **Cy**: A1\n\n"
                        "## Cards written at the table\n\n"
                        "### Soup\n\nCook *together*.\n\n*Written by Bo*\n");
        }
        THEN("the game gives its structure as messages, the engine its words") {
            const Summary sum = summarize(deck(), s);
            CHECK(sum.title.id == MessageId::SummaryTitle);
            REQUIRE(sum.sections.size() == 6);
            CHECK(sum.sections[0].entries[1] ==
                  SummaryEntry{{MessageId::SummaryPlayerLeft, {{"name", "Bo"}}}, {}, std::nullopt});
            CHECK(sum.sections[3].entries[0].line == Message{MessageId::SummaryPlayedKept,
                                                             {{"number", 1},
                                                              {"card", "A3"},
                                                              {"player", "Ana B"},
                                                              {"round", 1},
                                                              {"keeper", "Bo"}}});
            CHECK(sum.sections[5].entries[0].text == "Cook *together*.");
        }
    }
}
