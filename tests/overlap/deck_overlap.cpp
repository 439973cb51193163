// deck_overlap DECK HASHES: fails when any run of six words in a card's title,
// subtitle or text has its hash in HASHES (one 64-bit FNV-1a hash in hex per
// line, made by tools/handbook-hashes from the Microsolidarity handbook), so
// CI can hold the deck's wording apart from the handbook without the handbook.
// Words are normalised exactly as tools/handbook-hashes does: ASCII letters
// lower-cased, apostrophes dropped, other ASCII punctuation and the common
// typographic marks split words, any other character is part of a word.
// Exit status: 0 no shared run, 1 shared runs (each printed), 2 bad input.
#include "game/deck/deck_loader.hpp"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

constexpr std::size_t kRun = 6;

// Decodes one UTF-8 sequence at s[i], advancing i; a malformed byte is
// returned as itself, so it stays part of its word.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (i + std::size_t(len) > s.size())
        len = 1;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += std::size_t(len);
    return cp;
}

bool is_apostrophe(char32_t c) {
    return c == U'\'' || c == U'\u2018' || c == U'\u2019';
}

bool splits_words(char32_t c) {
    if (c < 0x80)
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    switch (c) {
    case U'\u201c':
    case U'\u201d':
    case U'\u2013':
    case U'\u2014':
    case U'\u00b7':
    case U'\u2026':
    case U'\u00a0':
    case U'\u2022':
    case U'\u00ab':
    case U'\u00bb':
        return true;
    default:
        return false;
    }
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t start = i;
        char32_t c = next_code_point(text, i);
        if (is_apostrophe(c))
            continue;
        if (splits_words(c)) {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
        } else if (c >= 'A' && c <= 'Z') {
            cur += char(c - 'A' + 'a');
        } else {
            cur.append(text.substr(start, i - start));
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

std::uint64_t fnv1a64(std::string_view s) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001B3ull;
    }
    return h;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: deck_overlap DECK HASHES\n");
        return 2;
    }
    std::unordered_set<std::uint64_t> known;
    std::ifstream in(argv[2]);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            known.insert(std::stoull(line, nullptr, 16));
    if (known.empty()) {
        std::fprintf(stderr, "deck_overlap: no hashes in %s\n", argv[2]);
        return 2;
    }
    hearth::LoadResult r = hearth::load_deck(argv[1]);
    if (!r.ok()) {
        std::fprintf(stderr, "deck_overlap: %s does not load\n", argv[1]);
        return 2;
    }
    int shared = 0;
    for (const hearth::Card& card : r.deck->cards) {
        for (const std::string* field : {&card.title, &card.subtitle, &card.text}) {
            std::vector<std::string> w = words(*field);
            for (std::size_t i = 0; i + kRun <= w.size(); ++i) {
                std::string run = w[i];
                for (std::size_t k = 1; k < kRun; ++k)
                    run += ' ' + w[i + k];
                if (known.count(fnv1a64(run))) {
                    std::printf("%s: %s\n", card.id.c_str(), run.c_str());
                    ++shared;
                }
            }
        }
    }
    if (shared)
        std::printf("%d run(s) of six words shared with the handbook\n", shared);
    std::printf("%zu cards checked against %zu hashes\n", r.deck->cards.size(), known.size());
    return shared ? 1 : 0;
}
