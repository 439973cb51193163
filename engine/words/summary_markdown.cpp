// The summary as Markdown: the title, the players and counts, then each
// section as a heading and its entries.
#include "engine/words/summary_markdown.hpp"
#include "engine/words/words.hpp"

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

std::string words(const Message& m) {
    return say(m, md);
}

} // namespace

std::string summary_markdown(const Summary& summary) {
    std::string out = words(summary.title);
    out += "\n\n";
    for (const SummarySection& section : summary.sections) {
        if (section.heading.id == MessageId::SummaryPlayers) {
            // One line: "Players: Ana, Ben (left)".
            out += words(section.heading);
            for (std::size_t i = 0; i < section.entries.size(); ++i) {
                out += i ? ", " : " ";
                out += words(section.entries[i].line);
            }
            out += "\n\n";
            continue;
        }
        if (section.heading.id != MessageId::SummaryCounts)
            out += '\n';
        out += words(section.heading);
        out += '\n';
        for (std::size_t i = 0; i < section.entries.size(); ++i) {
            const SummaryEntry& e = section.entries[i];
            if (e.byline) {
                // A card block: its heading, its text, who wrote it.
                out += '\n';
                out += words(e.line);
                out += "\n\n";
                if (!e.text.empty()) {
                    out += e.text;
                    out += "\n\n";
                }
                out += words(*e.byline);
                out += '\n';
                continue;
            }
            if (i == 0)
                out += '\n';
            out += words(e.line);
            if (!e.text.empty()) {
                out += "\n\n";
                out += e.text;
            }
            out += '\n';
        }
    }
    return out;
}

std::string summary_markdown(const Deck& deck, const Session& s) {
    return summary_markdown(summarize(deck, s));
}

} // namespace hearth
