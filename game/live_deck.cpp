#include "game/live_deck.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace hearth {

bool LiveDeck::take(LoadResult loaded, const std::vector<std::string>& in_use) {
    if (!loaded.ok()) {
        problems_.clear();
        for (const Diagnostic& d : loaded.diagnostics.all())
            if (d.severity == Severity::Error)
                problems_.push_back(d);
        return false;
    }
    std::vector<Diagnostic> missing;
    for (const std::string& id : in_use)
        if (!loaded.deck->find_card(id))
            missing.push_back({Severity::Error,
                               {loaded.deck->file.generic_string(), 0, 0},
                               "card '" + id +
                                   "' is in this session but no longer in the deck; put it back "
                                   "or start a new session to play without it"});
    if (!missing.empty()) {
        problems_ = std::move(missing);
        return false;
    }
    deck_ = std::move(*loaded.deck);
    problems_.clear();
    ++generation_;
    return true;
}

std::vector<std::string> cards_in_use(const Table& t) {
    std::vector<std::string> ids(t.draw_pile);
    ids.insert(ids.end(), t.discard.begin(), t.discard.end());
    ids.insert(ids.end(), t.out_of_play.begin(), t.out_of_play.end());
    for (const std::string* s : {&t.in_play, &t.mission, &t.turn_card})
        if (!s->empty())
            ids.push_back(*s);
    for (const KeptCard& k : t.kept)
        ids.push_back(k.card);
    for (const PlayedCard& p : t.played)
        ids.push_back(p.card);
    // Cards written at the table are the session's own, not the deck's.
    std::erase_if(ids, [&](const std::string& id) {
        return std::any_of(t.written.begin(), t.written.end(),
                           [&](const Card& c) { return c.id == id; });
    });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::string reload_log_line(const LiveDeck& live, bool reloaded) {
    nlohmann::json j;
    if (reloaded) {
        j = {{"type", "reload"}, {"cards", live.deck().cards.size()}};
    } else {
        nlohmann::json list = nlohmann::json::array();
        for (const Diagnostic& d : live.problems())
            list.push_back(d.str());
        j = {{"type", "reload-error"}, {"diagnostics", list}};
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace hearth
