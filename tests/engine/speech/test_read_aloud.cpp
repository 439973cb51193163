// Read aloud: what a scripted session says, recorded instead of spoken (the
// utterance log), and a machine without speech-dispatcher.
#include "engine/speech/read_aloud.hpp"
#include "tests/engine_fixture.hpp"

#include <fstream>
#include <sstream>

using namespace hearth;

namespace {

std::vector<std::string> texts(const ReadAloud& r) {
    std::vector<std::string> out;
    for (const Utterance& u : r.said())
        out.push_back(std::string(to_string(u.what)) + ": " + u.text);
    return out;
}

std::string read_all(const std::filesystem::path& f) {
    std::ifstream in(f);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A headless table with read aloud at `level`, recorded into dir/said.jsonl.
struct Spoken {
    std::filesystem::path dir;
    std::unique_ptr<App> app;
    Spoken(const std::string& name, const std::string& level, const std::string& script)
        : dir(test::fresh_folder(name)) {
        Options o = test::table_options(dir);
        o.read_aloud = level;
        o.speech_log = (dir / "said.jsonl").string();
        app = test::headless_app(o);
        REQUIRE(test::play_script(*app, script) == 0);
    }
};

} // namespace

SCENARIO("read aloud says the card as drawn, whose turn it is, the timer and refusals") {
    // The circle's opening (Five scales, read aloud), then the first turn's
    // draw and its prompt.
    const std::string draw = test::kPastOpening + "key space\nkey space\n";
    GIVEN("cards and turns") {
        Spoken s("read-turns", "turns", draw);
        THEN("the opening card is said, then the first turn is named, then its card, title and "
             "text") {
            std::vector<std::string> said = texts(s.app->read_aloud());
            REQUIRE(said.size() == 3);
            CHECK(said[0].rfind("card: Five scales. ", 0) == 0);
            CHECK(said[1] == "turn: Ana\u2019s turn");
            const Card* card = current_card(s.app->deck(), *s.app->scene()->session_in_play());
            REQUIRE(card);
            CHECK(said[2].rfind("card: " + card->title + " ", 0) ==
                  0); // "Against, or for? What ..."
            AND_THEN("the utterance log holds the same, one JSON line each, in the deck's "
                     "language") {
                std::string log = read_all(s.dir / "said.jsonl");
                CHECK(log.rfind("{\"lang\":\"en\",\"text\":\"Five scales. ", 0) == 0);
                CHECK(log.find(
                          "\n{\"lang\":\"en\",\"text\":\"Ana\u2019s turn\",\"what\":\"turn\"}\n") !=
                      std::string::npos);
                CHECK(log.find("\"what\":\"card\"") != std::string::npos);
            }
        }
    }
    GIVEN("cards only") {
        Spoken s("read-cards", "cards", draw);
        THEN("only the cards: the opening's and the first turn's") {
            std::vector<std::string> said = texts(s.app->read_aloud());
            REQUIRE(said.size() == 2);
            CHECK(said[0].rfind("card: Five scales. ", 0) == 0);
            CHECK(said[1].rfind("card: ", 0) == 0);
        }
    }
    GIVEN("everything, a timer run out and a refusal") {
        std::string back;
        for (int i = 0; i < 10; ++i) // more than there is to undo
            back += "key backspace\n";
        Spoken s("read-everything", "everything", draw + "wait 60\n" + back);
        std::vector<std::string> said = texts(s.app->read_aloud());
        THEN("the timer's end and the refusal are said too") {
            CHECK(std::find(said.begin(), said.end(), "timer: Time is up") != said.end());
            CHECK(std::find(said.begin(), said.end(), "message: There is nothing to undo") !=
                  said.end());
        }
    }
    GIVEN("read aloud off") {
        Spoken s("read-off", "off", draw);
        THEN("nothing is said, and the log is not even created") {
            CHECK(s.app->read_aloud().said().empty());
            CHECK_FALSE(std::filesystem::exists(s.dir / "said.jsonl"));
        }
        WHEN("V turns it on, and Shift+V asks for the card again") {
            REQUIRE(test::play_script(*s.app, "key v\nkey Shift+v\n") == 0);
            THEN("it says it is on, and the card") {
                std::vector<std::string> said = texts(s.app->read_aloud());
                REQUIRE(said.size() == 2);
                CHECK(said[0] == "message: Read aloud on: cards and turns");
                CHECK(said[1].rfind("card: ", 0) == 0);
                CHECK(s.app->toast_shown() == "Read aloud on: cards and turns");
            }
        }
    }
}

SCENARIO("without speech-dispatcher, read aloud says once that it is unavailable") {
    ReadAloud r({}, "libhearth-no-such-speechd.so.2");
    r.set_on(true);
    std::optional<std::string> notice = r.take_notice();
    REQUIRE(notice);
    CHECK(*notice == "Read aloud is unavailable: speech-dispatcher's library "
                     "libhearth-no-such-speechd.so.2 could not be loaded");
    r.set_on(false);
    r.set_on(true);
    CHECK_FALSE(r.take_notice()); // once
    r.say_now({Said::Message, "hello", "en"});
    CHECK(r.said().size() == 1); // recorded; nothing to speak with, nothing fails
}
