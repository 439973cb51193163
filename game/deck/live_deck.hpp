// Live reload's rule, apart from files and windows: a fresh load of the deck
// replaces the deck in play only if it loads without errors and still has
// every card the session holds. Otherwise the last good deck stays in play
// and the problems are kept to show on screen until a later load succeeds.
// The session goes on either way: it refers to cards by id.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/session/session.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

// Why a fresh load may not replace the deck in play: its errors, the
// session's cards it lacks, or the types (of cards written at the table and
// the user's own) it lacks, or the format being played that it lacks.
// Empty: take it.
std::vector<Diagnostic> reload_problems(const LoadResult& loaded,
                                        const std::vector<std::string>& in_use,
                                        const std::vector<std::string>& types_in_use = {},
                                        const std::string& format_in_use = {});

// The deck in play and the rule for replacing it: the one owner of the
// deck for the program (the App holds one), its tests and the tools.
class LiveDeck {
public:
    LiveDeck() = default;
    explicit LiveDeck(Deck deck) { deck_ = std::move(deck), generation_ = 1; }

    // Whether a deck has loaded yet (a deck broken at start has none).
    bool has_deck() const { return deck_.has_value(); }
    // The deck in play: the last one that loaded. Only when has_deck().
    const Deck& deck() const { return *deck_; }
    // What is wrong with the file on disk; empty when it is the deck in play.
    const std::vector<Diagnostic>& problems() const { return problems_; }
    // Counts the decks taken, from 1; 0 before any. Pictures of cards are
    // keyed on it, never on the deck's address: a reloaded deck may land in
    // the same memory as the one it replaces.
    std::uint64_t generation() const { return generation_; }

    // What the session in play holds, which a reload must keep: its deck
    // cards, the types of its written and own cards, and its format.
    void hold(const Session& session);
    // Forgets what hold() said (no session is in play).
    void release() { in_use_.clear(), types_in_use_.clear(), format_in_use_.clear(); }

    // Takes a fresh load when it has no errors and keeps what the session
    // holds. Returns true when the new deck is now in play; otherwise the
    // last good deck stays and problems() says why.
    bool take(LoadResult loaded);
    // As above, with the card ids the session holds given here.
    bool take(LoadResult loaded, const std::vector<std::string>& in_use);

private:
    std::optional<Deck> deck_;
    std::vector<Diagnostic> problems_;
    std::vector<std::string> in_use_, types_in_use_;
    std::string format_in_use_;
    std::uint64_t generation_ = 0;
};

// The card ids a session's table holds: piles, the card in play, the
// mission, kept and played cards.
std::vector<std::string> cards_in_use(const Table& table);

// The session log line for a reload, with its newline:
//   {"type":"reload","cards":75}
//   {"type":"reload-error","diagnostics":["deck.toml:42:7: error: ..."]}
std::string reload_log_line(std::size_t cards, const std::vector<Diagnostic>& problems);
std::string reload_log_line(const LiveDeck& live, bool reloaded);

// A reload line and where it goes in the session log: before entry `at`.
struct ReloadMark {
    std::size_t at = 0;
    std::string line;
};
// The session log (log_to_jsonl) with the reload lines in their places.
std::string log_with_reloads(const Session& session, const std::vector<ReloadMark>& reloads);

} // namespace hearth
