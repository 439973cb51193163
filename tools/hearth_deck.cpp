// hearth-deck: check, list and export decks with the same loader the table uses.
#include "tools/verbs.hpp"

#include "engine/render/art_check.hpp"
#include "game/deck/deck_loader.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace hearth::tools {

bool wants_help(Args args) {
    return std::any_of(args.begin(), args.end(),
                       [](std::string_view a) { return a == "--help" || a == "-h"; });
}

int usage_error(std::string_view verb, std::string_view message) {
    std::fprintf(stderr, "hearth-deck %.*s: %.*s\nTry 'hearth-deck %.*s --help'.\n",
                 int(verb.size()), verb.data(), int(message.size()), message.data(),
                 int(verb.size()), verb.data());
    return 2;
}

std::optional<Deck> load_and_report(std::string_view path, bool decode_art) {
    LoadOptions options;
    if (decode_art)
        options.check_art = decode_art_check();
    options.check_font = open_font_check();
    LoadResult r = load_deck(std::filesystem::path(path), options);
    for (const auto& d : r.diagnostics.all())
        if (d.severity == Severity::Error)
            std::fprintf(stderr, "%s\n", d.str().c_str());
    return std::move(r.deck);
}

} // namespace hearth::tools

namespace {

constexpr const char* kHelp = R"(Usage: hearth-deck VERB [OPTIONS] PATH...

Checks and exports Hearth decks. PATH is a deck folder or its deck.toml.

Verbs:
  lint PATH...         check decks; diagnostics as file:line:col on stderr
  list PATH [--tsv]    one line per card: number, id, type, title
  csv export PATH      the cards as CSV, for a spreadsheet
  csv import CSV PATH  update the deck file's cards from a spreadsheet
  stats PATH           counts, longest texts, unreferenced and crowded cards
  render PATH --out DIR       a PNG of every card at print size
  sheet PATH --out FILE.pdf   print-and-play pages with crop marks and bleed
  proof PATH --out FILE.png   one contact sheet of every card, warnings marked

Run 'hearth-deck VERB --help' for a verb's options.
Exit status: 0 success, 1 the deck has errors, 2 bad usage.
)";

struct Verb {
    std::string_view name;
    int (*run)(hearth::tools::Args);
};

constexpr Verb kVerbs[] = {
    {"lint", hearth::tools::lint},     {"list", hearth::tools::list},
    {"csv", hearth::tools::csv},       {"stats", hearth::tools::stats},
    {"render", hearth::tools::render}, {"sheet", hearth::tools::sheet},
    {"proof", hearth::tools::proof},
};

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(kHelp, stderr);
        return 2;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::fputs(kHelp, stdout);
        return 0;
    }
    for (const Verb& verb : kVerbs)
        if (verb.name == args[0])
            return verb.run(hearth::tools::Args(args).subspan(1));
    std::fprintf(stderr, "hearth-deck: unknown verb '%.*s'\n\n%s", int(args[0].size()),
                 args[0].data(), kHelp);
    return 2;
}
