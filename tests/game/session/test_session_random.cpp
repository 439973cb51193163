// Many random valid and invalid actions from many seeds, with the invariants
// checked after each, undo checked to restore exactly, and replay and save
// checked to rebuild the same session at the end (both save versions).
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

using namespace hearth;
using namespace hearth::testing;

namespace {

Action random_action(Rng& rng, const Session& s) {
    const int seats = static_cast<int>(s.table.seating.size());
    auto seat = [&] {
        return static_cast<int>(rng.below(static_cast<std::uint64_t>(seats) + 2)) - 1;
    };
    static const char* names[] = {"Ana", "Bo", "", "  ", "Player 1", "Cy"};
    static const char* cards[] = {"m1", "m2", "q1", "nope", ""};
    switch (rng.below(21)) {
    case 0:
    case 1:
    case 2:
    case 3:
        return act::Next{};
    case 4:
        return act::Back{};
    case 5:
        return act::Redo{};
    case 6:
        return act::Skip{};
    case 7:
        return act::Keep{seat()};
    case 8:
        return act::Pass{};
    case 9:
        return act::Take{seat()};
    case 10:
        return rng.below(2) ? Action{act::Pause{}} : Action{act::Resume{}};
    case 11:
        return act::Extend{static_cast<std::int64_t>(rng.below(20'000)) - 1000};
    case 12:
        return act::AddPlayer{names[rng.below(6)], seat()};
    case 13:
        return act::RenamePlayer{seat(), names[rng.below(6)]};
    case 14:
        return act::RemovePlayer{seat()};
    case 15:
        return act::ChooseMission{cards[rng.below(5)]};
    case 16:
        return act::WriteCard{names[rng.below(6)], "text", rng.below(4) ? "" : "question", seat()};
    case 18:
        return act::Choose{static_cast<int>(rng.below(4)) - 1};
    case 17:
        return rng.below(10) ? Action{act::Tick{static_cast<std::int64_t>(rng.below(40'000))}}
                             : Action{act::EndSession{}};
    default:
        return act::Tick{static_cast<std::int64_t>(rng.below(5000)) + 1};
    }
}

} // namespace

SCENARIO("random play keeps every invariant, and undo, replay and save are exact") {
    const Deck& deck = session_deck();
    // "timed" draws through filters with a fixed mix, runs both discussion
    // timers and advances when they run out.
    // "crew" lays two cards to choose from and does the chosen one;
    // "bookends" opens with a card drawn from a type and closes with a round.
    const char* formats[] = {"circle", "popcorn", "open", "solo",
                             "dry",    "timed",   "crew", "bookends"};
    const int players[] = {3, 3, 2, 1, 2, 3, 2, 3};
    int applied = 0, refused_count = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const std::size_t f = seed % 8;
        Session s = must_start(deck, formats[f], players[f], seed);
        Rng rng{seed * 7919};
        INFO("format " << formats[f] << ", seed " << seed);
        for (int i = 0; i < 250; ++i) {
            Action a = random_action(rng, s);
            INFO("action " << i << ": " << action_name(a));
            const Table before = s.table;
            const std::size_t undo_depth = s.undo.size();
            Session copy = s;
            if (auto r = apply_in_place(deck, s, a)) {
                ++refused_count;
                REQUIRE(s == copy); // a refusal changes nothing
                continue;
            }
            ++applied;
            auto broken = check_invariants(deck, s);
            INFO((broken ? *broken : std::string()));
            REQUIRE(!broken);
            // Every step (all but the clock and history actions) is undone exactly by back.
            const bool step =
                !std::holds_alternative<act::Back>(a) && !std::holds_alternative<act::Redo>(a) &&
                !std::holds_alternative<act::Tick>(a) && !std::holds_alternative<act::Extend>(a) &&
                !std::holds_alternative<act::Pause>(a) && !std::holds_alternative<act::Resume>(a);
            if (step) {
                REQUIRE(s.redo.empty());
                REQUIRE((s.undo.size() == undo_depth + 1 || s.undo.size() == kUndoLimit));
                Session probe = s;
                probe.paused = false;
                REQUIRE(!apply_in_place(deck, probe, act::Back{}));
                REQUIRE(probe.table == before);
            }
        }
        auto replayed = replay_log(deck, log_to_jsonl(s));
        if (auto* e = std::get_if<Diagnostic>(&replayed))
            FAIL(say(*e));
        REQUIRE(std::get<Session>(replayed) == s);
        auto loaded = session_from_json(deck, save_to_json(s));
        if (auto* e = std::get_if<Diagnostic>(&loaded))
            FAIL(say(*e));
        REQUIRE(std::get<Session>(loaded) == s);
        auto resumed = session_from_json(deck, save_to_jsonl(s)); // version 2: a replay
        if (auto* e = std::get_if<Diagnostic>(&resumed))
            FAIL(say(*e));
        REQUIRE(std::get<Session>(resumed) == s);
    }
    CHECK(applied > 10000);
    CHECK(refused_count > 5000);
}
