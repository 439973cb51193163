// The end-of-session summary as Markdown.
#include "game/session/summary.hpp"

#include <map>

namespace hearth {
namespace {

// Names and titles come from people: keep them from turning into markup.
std::string md(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos)
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string title_of(const Deck& deck, const Session& s, const std::string& id) {
    const Card* c = find_session_card(deck, s, id);
    return c ? md(c->title) : md(id);
}

std::string player(const Table& t, int id) {
    if (id < 0 || id >= static_cast<int>(t.players.size()))
        return "?";
    return md(t.players[static_cast<std::size_t>(id)].name);
}

} // namespace

std::string summary_markdown(const Deck& deck, const Session& s) {
    const Table& t = s.table;
    const Format* f = format_of(deck, s);
    std::string out =
        "# " + md(f ? f->name : s.start.format) + " \xE2\x80\x94 " + md(deck.info.name) + "\n\n";
    out += "Players: ";
    for (std::size_t i = 0; i < t.players.size(); ++i) {
        out += (i ? ", " : "") + md(t.players[i].name);
        if (!t.players[i].present)
            out += " (left)";
    }
    out += "\n\nRounds: " + std::to_string(t.round) +
           " \xC2\xB7 Cards played: " + std::to_string(t.cards_played) +
           " \xC2\xB7 Minutes: " + std::to_string(s.elapsed_ms / 60000) + "\n";

    if (!t.mission.empty()) {
        out += "\n## Mission\n\n**" + title_of(deck, s, t.mission) + "**";
        if (const Card* c = find_session_card(deck, s, t.mission); c && !c->text.empty())
            out += "\n\n" + c->text;
        out += "\n";
    }

    std::map<std::string, int> kept_by;
    for (const KeptCard& k : t.kept)
        kept_by[k.card] = k.player;
    out += "\n## Cards played\n\n";
    if (t.played.empty())
        out += "No cards were played.\n";
    for (std::size_t i = 0; i < t.played.size(); ++i) {
        const PlayedCard& p = t.played[i];
        out += std::to_string(i + 1) + ". **" + title_of(deck, s, p.card) + "** \xE2\x80\x94 " +
               player(t, p.player) + ", round " + std::to_string(p.round);
        if (auto k = kept_by.find(p.card); k != kept_by.end())
            out += "; kept by " + player(t, k->second);
        out += "\n";
    }

    if (!t.kept.empty()) {
        out += "\n## Who kept what\n\n";
        std::map<int, std::vector<std::string>> by_player;
        for (const KeptCard& k : t.kept)
            by_player[k.player].push_back(title_of(deck, s, k.card));
        for (const auto& [id, titles] : by_player) {
            out += "- **" + player(t, id) + "**: ";
            for (std::size_t i = 0; i < titles.size(); ++i)
                out += (i ? ", " : "") + titles[i];
            out += "\n";
        }
    }

    if (!t.written.empty()) {
        out += "\n## Cards written at the table\n";
        for (std::size_t i = 0; i < t.written.size(); ++i) {
            const Card& c = t.written[i];
            out += "\n### " + md(c.title) + "\n\n";
            if (!c.text.empty())
                out += c.text + "\n\n";
            const int by = i < t.written_by.size() ? t.written_by[i] : -1;
            out += "*Written by " + player(t, by) + "*\n";
        }
    }
    return out;
}

} // namespace hearth
