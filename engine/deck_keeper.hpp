// The deck keeper: the one owner of the deck for the program. It loads the
// deck file, reloads it when its files change on disk (live reload, through
// the LiveDeck's rule), and reads and keeps the user's own cards for it. The
// App turns what it reports into words on screen and lines in the log.
#pragma once

#include "engine/live_reload.hpp"
#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/deck/live_deck.hpp"

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

class DeckKeeper {
public:
    // `deck_path` is a deck folder or its deck.toml; `watch` is --watch.
    // `first`, when given, is the first load already under way
    // (load_in_background): load() takes its result instead of loading.
    DeckKeeper(std::filesystem::path deck_path, bool watch, std::future<LoadResult> first = {});

    // The deck file loaded (and checked, art included) on a thread of its
    // own, so that main can open the window meanwhile: the load and the
    // window's opening take about the same time.
    static std::future<LoadResult> load_in_background(std::filesystem::path deck_path);

    // What a load did.
    struct Loaded {
        bool reload = false;  // a deck was in play before
        bool taken = false;   // the loaded deck is now in play
        std::string log_line; // the session log's reload line (reloads only)
    };
    // Loads the deck file: at start, or again after a change on disk. A deck
    // that fails at start is watched even without --watch: the screen says
    // that saving a fix reloads it, so it must.
    Loaded load();
    // The watcher of the deck's files (null when not watching); the App's
    // event loop asks it which event says they changed.
    const LiveReload* watcher() const { return watcher_.get(); }

    const LiveDeck& live() const { return live_; }
    // What the session in play holds, which a reload must keep.
    void hold(const Session& session) { live_.hold(session); }
    // deck.toml, for messages.
    std::string file_name() const;

    // Reads the user's own cards for the deck in play. A damaged file is
    // left as it is (and never written over); its errors are returned.
    std::vector<Diagnostic> load_own_cards();
    const std::vector<Card>& own_cards() const { return own_cards_; }
    // Keeps a card written at the table as one of the user's own. Returns
    // what to tell people, whether it went well or not.
    std::string keep_own_card(const Card& written);

private:
    std::filesystem::path deck_path_;
    bool watch_ = false;
    std::future<LoadResult> first_; // the first load, when main started it
    LiveDeck live_;
    std::unique_ptr<LiveReload> watcher_;
    std::optional<std::filesystem::path> own_file_; // the user's own cards for this deck
    std::vector<Card> own_cards_;
    bool own_blocked_ = false; // the own-cards file is damaged: never write over it
};

} // namespace hearth
