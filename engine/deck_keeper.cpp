#include "engine/deck_keeper.hpp"
#include "engine/words/translation.hpp"

#include "engine/render/art_check.hpp"
#include "engine/render/asset_paths.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/deck/own_cards.hpp"

#include <cstdio>

namespace hearth {
namespace {

std::filesystem::path deck_file(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec) ? p / "deck.toml" : p;
}

LoadResult load_checked(const std::filesystem::path& deck_path) {
    LoadOptions lo;
    lo.check_art = decode_art_check();
    lo.check_font = open_font_check();
    return load_deck(deck_path, lo);
}

} // namespace

DeckKeeper::DeckKeeper(std::filesystem::path deck_path, bool watch, std::future<LoadResult> first)
    : deck_path_(std::move(deck_path)), watch_(watch), first_(std::move(first)) {}

std::future<LoadResult> DeckKeeper::load_in_background(std::filesystem::path deck_path) {
    return std::async(std::launch::async, load_checked, std::move(deck_path));
}

std::string DeckKeeper::file_name() const {
    return deck_file(deck_path_).filename().string();
}

DeckKeeper::Loaded DeckKeeper::load() {
    LoadResult r = first_.valid() ? first_.get() : load_checked(deck_path_);
    Loaded out;
    out.reload = live_.has_deck();
    const std::size_t cards = r.ok() ? r.deck->cards.size() : 0;
    out.taken = live_.take(std::move(r));
    if (out.reload)
        out.log_line =
            reload_log_line(cards, out.taken ? std::vector<Diagnostic>{} : live_.problems());
    if ((watch_ || !live_.has_deck()) && !watcher_) {
        watcher_ = std::make_unique<LiveReload>(deck_file(deck_path_));
        if (!watcher_->ok())
            std::fprintf(stderr, "hearth: cannot watch the deck for changes (no inotify)\n");
    }
    if (watcher_)
        watcher_->loaded(live_.has_deck() ? &live_.deck() : nullptr, !out.taken);
    return out;
}

std::vector<Diagnostic> DeckKeeper::load_own_cards() {
    own_file_ = own_cards_file(process_env, live_.deck().info.id);
    own_cards_.clear();
    own_blocked_ = false;
    if (!own_file_)
        return {};
    OwnCards own = hearth::load_own_cards(*own_file_, live_.deck());
    if (own.ok()) {
        own_cards_ = std::move(own.cards);
        return {};
    }
    // The table still plays, without them; the file is kept as it is.
    own_blocked_ = true;
    std::vector<Diagnostic> errors;
    for (const Diagnostic& d : own.diagnostics.all())
        if (d.severity == Severity::Error)
            errors.push_back(d);
    return errors;
}

std::string DeckKeeper::keep_own_card(const Card& written) {
    if (!own_file_)
        return tr("Nowhere to keep your card: neither XDG_DATA_HOME nor HOME is set");
    if (own_blocked_)
        return fill(tr("Your card is in this session, but {file} is damaged, so it is not saved "
                       "there"),
                    {{"file", own_file_->filename().string()}});
    OwnCardKept kept = hearth::keep_own_card(*own_file_, written, live_.deck());
    if (kept.damaged)
        own_blocked_ = true;
    if (!kept.error.empty())
        return fill(tr("Could not save your card to {file}: {why}"),
                    {{"file", own_file_->string()}, {"why", kept.error}});
    own_cards_ = std::move(kept.cards);
    return fill(tr("\u201c{card}\u201d is saved as your own card"), {{"card", written.title}});
}

} // namespace hearth
