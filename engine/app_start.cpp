// The App's start: the deck (and its reloads), the user's own cards, and
// the first scene, from the command line's options. The loop is app.cpp.
#include "engine/app.hpp"

#include "engine/render/asset_paths.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/words/phone_words.hpp"
#include "engine/words/translation.hpp"
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/base/suggest.hpp"
#include "game/base/user_folders.hpp"
#include "game/deck/live_deck.hpp"
#include "game/session/session.hpp"
#include "game/session/session_save.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string_view>

namespace hearth {

// The deck keeper loads the deck; a reload that is not taken leaves the last
// good deck in play, and its problems show over it until a save fixes them.
void App::load_deck_file() {
    DeckKeeper::Loaded loaded = deck_.load();
    const LiveDeck& live = deck_.live();
    errors_.clear();
    error_hint_.clear();
    if (loaded.taken) {
        cards_.clear();
        fonts_.set_deck_fonts(live.deck().info.fonts.files);
        // The interface speaks the person's language, else the deck's.
        const std::string& chosen =
            options_.language.empty() ? prefs_.values().language : options_.language;
        if (!follow_language(chosen, live.deck().info.language, find_locale_dir()) &&
            !loaded.reload)
            std::fprintf(stderr, "hearth: no interface in '%s': English it is\n", chosen.c_str());
        cards_.set_see_words(tr("see {cards}"));
        if (phones_)
            phones_->set_words(phone_words());
        if (loaded.reload)
            toast(fill(tr("Reloaded {file}"), {{"file", deck_.file_name()}}));
    } else {
        error_title_ = loaded.reload
                           ? tr("The deck file has errors; the last good deck stays in play")
                           : tr("The deck could not be loaded");
        for (const Diagnostic& d : live.problems()) {
            errors_.push_back(d.str());
            std::fprintf(stderr, "%s\n", d.str().c_str());
        }
    }
    if (loaded.reload && recorder_)
        recorder_->reload(loaded.log_line);
    // The actions so far replay only against the deck they were played
    // with: the save keeps the state as it is now, to resume from.
    if (loaded.reload && loaded.taken && recorder_ && !resume_blocked_ && scene_)
        if (const Session* s = scene_->session_in_play())
            recorder_->snapshot(*s);
    dirty_ = true;
}

void App::load_own_cards_file() {
    std::vector<Diagnostic> problems = deck_.load_own_cards();
    if (problems.empty())
        return;
    error_title_ = tr("Your own cards could not be read");
    error_hint_ = fill(tr("The file is left as it was, and cards written now are not saved to "
                          "it. {key} plays on without them."),
                       {{"key", bindings().key(Command::Leave, Layer::Commands)}});
    errors_.clear();
    for (const Diagnostic& d : problems) {
        errors_.push_back(d.str());
        std::fprintf(stderr, "%s\n", d.str().c_str());
    }
}

void App::keep_own_card(const Card& written) {
    toast(deck_.keep_own_card(written));
}

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A day file's name: 2026-11-26.md or 2026-11-26.recovered.md.
bool day_file_name(std::string_view name) {
    return (name.size() == 13 || name.size() == 23) && name[4] == '-' && name[7] == '-' &&
           (ends_with(name, ".md") && (name.size() == 13 || ends_with(name, ".recovered.md")));
}

// Hearth's own temporary files that runs killed mid-write left behind (see
// remove_stale_temporaries: only the exact pattern, only of processes that
// are gone), beside the files this run writes: the save, the log, the
// journal's day files, the own cards.
void remove_stale_temporaries_at_start(const Options& options) {
    namespace fs = std::filesystem;
    for (const std::string& file : {options.resume, options.log}) {
        if (file.empty())
            continue;
        const fs::path p(file);
        const std::string name = p.filename().string();
        remove_stale_temporaries(p.parent_path().empty() ? fs::path(".") : p.parent_path(),
                                 [&](std::string_view target) { return target == name; });
    }
    if (auto journal = user_journal_folder())
        remove_stale_temporaries(*journal, day_file_name);
    if (auto data = user_data_folder(process_env))
        remove_stale_temporaries(*data / "own-cards", [](std::string_view target) {
            return ends_with(target, ".toml");
        });
}

} // namespace

void App::start_first_scene() {
    remove_stale_temporaries_at_start(options_);
    if (!deck_.live().has_deck())
        return;
    start_scene();
    // Said on the screen, and on stderr for scripts and the person at the terminal.
    if (!scene_ && !errors_.empty() && !resume_blocked_) {
        start_failed_ = true;
        for (const std::string& e : errors_)
            std::fprintf(stderr, "hearth: %s: %s\n", error_title_.c_str(), e.c_str());
    }
}

void App::start_scene() {
    const Deck& deck = deck_.live().deck();
    if (!options_.format.empty() && !deck.find_format(options_.format)) {
        std::vector<std::string> ids;
        for (const Format& f : deck.formats)
            ids.push_back(f.id);
        std::string list;
        for (const std::string& id : ids)
            list += (list.empty() ? "" : ", ") + id;
        error_title_ = tr("No such format");
        errors_ = {"the deck has no format '" + options_.format + "'" +
                   did_you_mean(options_.format, ids) + " (its formats: " + list + ")"};
        return;
    }
    // A format for one person, named without any players, is solo
    // reflection in the journal, as --solo is. With --players it is a table
    // of one seat (played with a clicker like any other).
    if (!options_.solo && !options_.format.empty() && options_.players.empty() &&
        options_.player_count == 0 && options_.resume.empty())
        if (const Format* f = deck.find_format(options_.format); f && max_seats(*f) == 1)
            options_.solo = true;
    if (!options_.solo)
        load_own_cards_file();
    // Solo is a session with one seat: started, resumed, logged and saved as
    // any other, and played in the journal scene.
    std::optional<std::filesystem::path> journal;
    if (options_.solo) {
        journal = user_journal_folder();
        if (!journal) {
            error_title_ = tr("The journal has no home");
            errors_ = {tr("neither XDG_DATA_HOME nor HOME is set to an absolute path, so there "
                          "is nowhere to keep the journal")};
            return;
        }
    }
    auto play = [&](Session s) -> std::unique_ptr<Scene> {
        if (journal)
            return std::make_unique<SoloScene>(std::move(s), *journal, *this);
        return std::make_unique<TableScene>(std::move(s));
    };
    // Set-up offers the last group and format (the preferences), unless
    // the command line names a format.
    auto setup = [&]() -> std::unique_ptr<Scene> {
        const Preferences& p = prefs_.values();
        auto scene = std::make_unique<SetupScene>(
            deck, seed_, options_.format.empty() ? p.format : options_.format);
        scene->offer_names(p.players);
        return scene;
    };
    if (!options_.skip_setup()) {
        scene_ = setup();
        return;
    }
    if (!options_.resume.empty()) {
        std::error_code ec;
        if (std::filesystem::exists(options_.resume, ec)) {
            SaveReading reading;
            auto loaded = load_session(deck, options_.resume, &reading);
            if (auto* e = std::get_if<Diagnostic>(&loaded)) {
                // Shown, never overwritten: the file stays as it is.
                error_title_ = tr("The saved session could not be read");
                errors_ = {say(*e)};
                std::fprintf(stderr, "%s\n", errors_.front().c_str());
                resume_blocked_ = true;
                return;
            }
            for (const Diagnostic& d : reading.warnings) {
                std::fprintf(stderr, "%s\n", d.str().c_str());
                toast(d.str());
            }
            Session s = std::get<Session>(std::move(loaded));
            // A version-1 save or a torn one is written anew, once; a whole
            // version-2 save is appended to as it is.
            if (recorder_)
                recorder_->resumed(s, reading.version == kSaveVersion && reading.appendable,
                                   reading.from_snapshot);
            session_changed(s);
            scene_ = play(std::move(s));
            return;
        }
        if (options_.players.empty() && options_.player_count == 0 && !options_.solo) {
            scene_ = setup();
            return;
        }
    }
    // --players names them, --player-count counts them, --solo is one.
    const int count = options_.player_count > 0 ? options_.player_count : options_.solo ? 1 : 0;
    SessionStart start =
        new_session_start(deck, options_.format,
                          options_.player_count > 0 ? std::vector<std::string>{} : options_.players,
                          count, seed_, deck_.own_cards());
    if (start.format.empty())
        // The first format that seats this many players (--solo: one).
        if (const Format* f = first_format_seating(deck, int(start.players.size()), options_.solo))
            start.format = f->id;
    if (journal)
        start = solo_start_today(deck, seed_, options_.format); // the card of the day first
    auto r = start_session(deck, start);
    if (auto* e = std::get_if<StartError>(&r)) {
        error_title_ = tr("The session could not start");
        errors_ = {start.format.empty() ? tr("the deck has no format for one player")
                                        : say(e->message)};
        // Several names for a format of one: what was meant is solo reflection.
        if (const Format* f = deck.find_format(start.format); f && max_seats(*f) == 1)
            errors_.front() += tr("; for a solo reflection with the journal: hearth --solo");
        return;
    }
    Session s = std::get<Session>(std::move(r));
    session_changed(s);
    scene_ = play(std::move(s));
}

// A window names each summary by the date and time, so an evening's never
// replaces another's; a script's run keeps one name (name_summaries).
std::filesystem::path App::summary_file() const {
    if (summary_name_)
        return std::filesystem::path(options_.out) / *summary_name_;
    std::filesystem::path folder = options_.out;
    if (options_.out == ".")
        if (auto data = user_data_folder(process_env))
            folder = *data / "summaries";
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char name[64];
    std::strftime(name, sizeof name, "summary-%Y-%m-%d-%H%M.md", std::localtime(&t));
    return folder / name;
}

} // namespace hearth
