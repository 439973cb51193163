// The closing round from the phones (Hearth with --phones, in process and
// headless; tests/decks/good/bookends): the seat holding the closing's
// talking piece has "done" and "pass" on its phone and nobody else has a
// move; a phone's done and pass move the piece on and end the session, and
// the log says which phone did it.
#include "tests/engine_fixture.hpp"
#include "tests/phones/phone_client.hpp"

#include "engine/phones/phone_room.hpp"
#include "engine/phones/phone_state.hpp"
#include "game/base/atomic_file.hpp"

#include <chrono>
#include <functional>
#include <thread>

using namespace hearth;
using namespace hearth::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

const fs::path kBookends = HEARTH_TEST_DECKS "/good/bookends";

// Messages to `p` until one that `wanted` holds, or "" after `within`. (The
// client's read that times out ends it, so each read waits the time left.)
std::string wait_for(PhoneClient& p, const std::function<bool(const std::string&)>& wanted,
                     std::chrono::seconds within = 20s) {
    const auto until = std::chrono::steady_clock::now() + within;
    while (!p.closed() && std::chrono::steady_clock::now() < until) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            until - std::chrono::steady_clock::now());
        std::string m = p.receive(std::max(left, std::chrono::milliseconds(1))).value_or("");
        if (wanted(m))
            return m;
    }
    return "";
}

bool has(const std::string& m, const std::string& part) {
    return m.find(part) != std::string::npos;
}

// The phone joins `room` as `name` and claims `seat` once the table has seats.
bool seat(PhoneClient& p, const std::string& room, const std::string& name, int seat) {
    if (!p.open())
        return false;
    p.send(R"({"type":"join","room":")" + room + R"(","name":")" + name + "\"}");
    if (wait_for(p, [](const std::string& m) { return has(m, R"("seats":[{)"); }).empty())
        return false;
    p.send(R"({"type":"claim","seat":)" + std::to_string(seat) + "}");
    return p.receive_type("seated", 10s).has_value();
}

} // namespace

TEST_CASE("phones: the closing round's speaker is done or passes from their phone",
          "[phones][app]") {
    fs::path dir = fresh_folder("phones-closing");
    Options o = table_options(dir);
    o.phones = true;
    o.phones_address = "127.0.0.1";
    o.phones_port = 0;
    o.players = {"Ana", "Ben"};
    o.format = "circle"; // opens with a card; one round of draw and prompt; a closing round
    auto app = headless_app(o, kBookends);
    REQUIRE(app->phones());
    const std::string room = app->phones()->room_code();
    const int port = app->phones()->port();
    std::string ana_closing, ben_refused, ben_turn, ana_refused, ended;
    std::thread phones([&] {
        PhoneClient ana(port), ben(port);
        if (!seat(ana, room, "Ana's phone", 0) || !seat(ben, room, "Ben's phone", 1))
            return;
        // The closing round: Ana holds the piece, her phone may be done or pass.
        ana_closing = wait_for(ana, [](const std::string& m) {
            return has(m, R"("phase":"closing")") &&
                   has(m, R"("moves":["done","pass"],"name":"Ana")");
        });
        if (ana_closing.empty())
            return;
        // Ben's phone may not speak for Ana's turn.
        ben.send(R"({"type":"act","move":"done","id":5})");
        ben_refused = ben.receive_type("error", 10s).value_or("");
        ana.send(R"({"type":"act","move":"done","id":6})");
        ben_turn = wait_for(ben, [](const std::string& m) {
            return has(m, R"("phase":"closing")") &&
                   has(m, R"("moves":["done","pass"],"name":"Ben")");
        });
        if (ben_turn.empty())
            return;
        // Ana has spoken: her phone has no move left in the round.
        ana.send(R"({"type":"act","move":"pass","id":8})");
        ana_refused = ana.receive_type("error", 10s).value_or("");
        ben.send(R"({"type":"act","move":"pass","id":7})");
        ended = wait_for(ben, [](const std::string& m) { return has(m, R"("phase":"ended")"); });
    });
    // Begin (the opening card), then Ana's turn and Ben's (draw, prompt each):
    // the round ends and the closing round begins; the phones act in the sleep.
    const int status = play_script(*app, "sleep 1\nkey Space\nkey Space\nkey Space\nkey Space\n"
                                         "key Space\nkey Space\nsleep 12\n");
    phones.join();
    REQUIRE(status == 0);
    const std::string log = *read_file(o.log);
    INFO(log);
    REQUIRE_FALSE(ana_closing.empty());
    // Only the speaker's seat has moves in the closing round.
    CHECK(has(ana_closing, R"("moves":[],"name":"Ben")"));
    CHECK(has(ben_refused, "not-your-turn"));
    CHECK(has(ben_refused, R"("id":5)"));
    REQUIRE_FALSE(ben_turn.empty());
    CHECK(has(ben_turn, R"("moves":[],"name":"Ana")"));
    CHECK(has(ana_refused, "not-your-turn"));
    CHECK(has(ana_refused, R"("id":8)"));
    REQUIRE_FALSE(ended.empty());
    // The session: ended for its rounds after the closing round.
    const Session* s = app->scene()->session_in_play();
    REQUIRE(s);
    CHECK(s->table.phase == Phase::Ended);
    CHECK(s->table.end_reason == EndReason::Rounds);
    // The log: the closing, Ana's phone's done (spoke), Ben's phone's pass
    // (passed), then the end, in that order, each action by its phone.
    const auto closing = log.find(R"("type":"closing")");
    REQUIRE(closing != std::string::npos);
    const auto done = log.find(R"("action":"next")", closing);
    REQUIRE(done != std::string::npos);
    const std::string done_line = log.substr(done, log.find('\n', done) - done);
    CHECK(has(done_line, R"("by":{"device":"phone","name":"Ana's phone","seat":0})"));
    const auto spoke = log.find(R"({"player":"Ana","seat":0,"type":"spoke"})", done);
    CHECK(spoke != std::string::npos);
    const auto pass = log.find(R"("action":"pass")", closing);
    REQUIRE(pass != std::string::npos);
    CHECK(pass > done);
    const std::string pass_line = log.substr(pass, log.find('\n', pass) - pass);
    CHECK(has(pass_line, R"("by":{"device":"phone","name":"Ben's phone","seat":1})"));
    const auto passed = log.find(R"({"player":"Ben","seat":1,"type":"passed"})", pass);
    CHECK(passed != std::string::npos);
    CHECK(log.find(R"("reason":"rounds","type":"ended")", pass) != std::string::npos);
    // Nothing else was taken from the phones in the round: one next, one pass.
    CHECK(log.find(R"("action":"next")", done + 1) == std::string::npos);
    CHECK(log.find(R"("action":"pass")", pass + 1) == std::string::npos);
}

// The same moves as the table's state says them, without sockets.
TEST_CASE("phones: in the closing round only the speaker's seat has moves", "[phones]") {
    LoadResult loaded = load_deck(kBookends);
    REQUIRE(loaded.ok());
    const Deck& deck = *loaded.deck;
    auto r = start_session(deck, new_session_start(deck, "circle", {"Ana", "Ben", "Caro"}, 0, 7));
    REQUIRE(std::holds_alternative<Session>(r));
    Session s = std::get<Session>(std::move(r));
    while (s.table.phase != Phase::Closing)
        REQUIRE_FALSE(apply_in_place(deck, s, act::Next{}));
    const std::vector<PhoneMove> both{PhoneMove::Done, PhoneMove::Pass};
    for (int speaker = 0; speaker < 3; ++speaker) {
        INFO("speaker " << speaker);
        REQUIRE(talking_seat(s) == speaker);
        for (int seat = 0; seat < 3; ++seat)
            CHECK(phone_moves(deck, s, seat) ==
                  (seat == speaker ? both : std::vector<PhoneMove>{}));
        CHECK(phone_table_json(deck, &s, 1).find(R"("phase":"closing")") != std::string::npos);
        REQUIRE_FALSE(apply_in_place(deck, s, speaker == 1 ? Action{act::Pass{}} : act::Next{}));
    }
    CHECK(s.table.phase == Phase::Ended);
    CHECK(phone_moves(deck, s, 0).empty());
    // Paused, nobody's phone moves.
    Session paused = std::get<Session>(
        start_session(deck, new_session_start(deck, "circle", {"Ana", "Ben", "Caro"}, 0, 7)));
    while (paused.table.phase != Phase::Closing)
        REQUIRE_FALSE(apply_in_place(deck, paused, act::Next{}));
    REQUIRE_FALSE(apply_in_place(deck, paused, act::Pause{}));
    CHECK(phone_moves(deck, paused, 0).empty());
}
