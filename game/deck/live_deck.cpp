#include "game/deck/live_deck.hpp"

#include "game/session/session_log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace hearth {

std::vector<Diagnostic> reload_problems(const LoadResult& loaded,
                                        const std::vector<std::string>& in_use,
                                        const std::vector<std::string>& types_in_use,
                                        const std::string& format_in_use) {
    std::vector<Diagnostic> problems;
    if (!loaded.ok()) {
        for (const Diagnostic& d : loaded.diagnostics.all())
            if (d.severity == Severity::Error)
                problems.push_back(d);
        return problems;
    }
    // Each Diagnostic is built as a named value: a braced temporary makes GCC 12
    // warn -Wmaybe-uninitialized in Release builds.
    auto problem = [&](std::string message) {
        Diagnostic d;
        d.where.file = loaded.deck->file.generic_string();
        d.message = std::move(message);
        problems.push_back(std::move(d));
    };
    for (const std::string& id : in_use)
        if (!loaded.deck->find_card(id))
            problem("card '" + id +
                    "' is in this session but no longer in the deck; put it back or start a "
                    "new session to play without it");
    for (const std::string& type : types_in_use)
        if (!loaded.deck->find_type(type))
            problem("card type '" + type +
                    "' is used by cards written at the table or your own cards, but is no "
                    "longer in the deck; put it back or start a new session");
    // The session's turn, timers and draw pile come from its format: a deck
    // without it cannot go on with this session (the table would stop).
    if (!format_in_use.empty() && !loaded.deck->find_format(format_in_use))
        problem("format '" + format_in_use +
                "' is being played in this session but is no longer in the deck; put it back "
                "or start a new session to play another format");
    return problems;
}

void LiveDeck::hold(const Session& session) {
    in_use_ = cards_in_use(session.table);
    std::erase_if(in_use_, [&](const std::string& id) { // the user's own, not the deck's
        return std::any_of(session.start.own.begin(), session.start.own.end(),
                           [&](const Card& c) { return c.id == id; });
    });
    types_in_use_.clear();
    format_in_use_ = session.start.format;
    for (const auto* cards : {&session.start.own, &session.table.written})
        for (const Card& c : *cards)
            if (std::find(types_in_use_.begin(), types_in_use_.end(), c.type) ==
                types_in_use_.end())
                types_in_use_.push_back(c.type);
}

bool LiveDeck::take(LoadResult loaded) {
    problems_ = reload_problems(loaded, in_use_, types_in_use_, format_in_use_);
    if (!problems_.empty())
        return false;
    deck_ = std::move(*loaded.deck);
    ++generation_;
    return true;
}

bool LiveDeck::take(LoadResult loaded, const std::vector<std::string>& in_use) {
    in_use_ = in_use;
    return take(std::move(loaded));
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

std::string reload_log_line(std::size_t cards, const std::vector<Diagnostic>& problems) {
    nlohmann::json j;
    if (problems.empty()) {
        j = {{"type", "reload"}, {"cards", cards}};
    } else {
        nlohmann::json list = nlohmann::json::array();
        for (const Diagnostic& d : problems)
            list.push_back(d.str());
        j = {{"type", "reload-error"}, {"diagnostics", list}};
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string reload_log_line(const LiveDeck& live, bool reloaded) {
    return reload_log_line(live.has_deck() ? live.deck().cards.size() : 0,
                           reloaded ? std::vector<Diagnostic>{} : live.problems());
}

std::string log_with_reloads(const Session& session, const std::vector<ReloadMark>& reloads) {
    std::string text = start_to_jsonl(session.start);
    std::size_t r = 0;
    for (std::size_t i = 0; i <= session.log.size(); ++i) {
        for (; r < reloads.size() && reloads[r].at <= i; ++r)
            text += reloads[r].line;
        if (i < session.log.size())
            text += entry_to_jsonl(session.log[i]);
    }
    for (; r < reloads.size(); ++r)
        text += reloads[r].line;
    return text;
}

} // namespace hearth
