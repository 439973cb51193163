// Finding a system font for a character the bundled faces lack (CJK, emoji,
// Arabic, Devanagari, Thai ...), through fontconfig, so Hearth uses whatever
// fonts the machine has. SDL_ttf has no fallback of its own.
//
// Pure fontconfig: no SDL. Answers are cached per block of 256 code points
// (the fonts fontconfig sorts for the block's first missing character) and
// per code point. Without fontconfig fonts, nothing is found and the caller
// draws its own face's .notdef box.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace hearth {

// A font file on the system that can stand in for a bundled face.
struct FallbackFace {
    std::string file;
    int index = 0;       // face index in a collection (.ttc)
    int strike_px = 0;   // > 0: a bitmap font (colour emoji) drawn at this fixed size
    bool bold = false;   // the face is bold
    bool italic = false; // the face is italic or oblique
};

class FontFallback {
public:
    FontFallback();
    ~FontFallback();
    FontFallback(const FontFallback&) = delete;
    FontFallback& operator=(const FontFallback&) = delete;

    // The preferred system face that has `cp`, as close to the style as the
    // system has; nullptr when no font has it. Valid while this object lives.
    const FallbackFace* find(char32_t cp, bool bold, bool italic);

    // Families tried first, in order, among the fonts that have a character.
    static const std::vector<std::string>& preferred_families();

private:
    struct Candidate;
    void add_sorted(char32_t cp, int style, std::vector<Candidate*>& into);

    void* config_ = nullptr; // FcConfig
    std::vector<std::unique_ptr<Candidate>> all_;
    std::map<std::pair<char32_t, int>, std::vector<Candidate*>> blocks_; // (block, style)
    std::unordered_map<std::uint64_t, const FallbackFace*> by_char_;     // cp << 2 | style
};

} // namespace hearth
