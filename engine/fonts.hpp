// The fonts Hearth draws with, loaded once from assets/fonts and opened at
// any pixel size on demand (a bounded cache of open sizes).
//   Body:  Lato (regular, bold, italic, bold italic), a warm, open sans that
//          stays legible at a distance.
//   Title: Comic Neue Bold, a friendly hand-lettered face for card titles,
//          close to the printed deck's lettering and still easy to read.
#pragma once

#include "engine/sdl_handles.hpp"
#include "engine/text_layout.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hearth {

enum class Face { Body, BodyBold, BodyItalic, BodyBoldItalic, Title, Count };

// Which face draws each style of a text.
struct FaceSet {
    Face regular = Face::Body;
    Face bold = Face::BodyBold;
    Face italic = Face::BodyItalic;
    Face bold_italic = Face::BodyBoldItalic;
    Face pick(TextStyle s) const {
        return s.bold ? (s.italic ? bold_italic : bold) : (s.italic ? italic : regular);
    }
};
inline constexpr FaceSet kBodyFaces{};
inline constexpr FaceSet kTitleFaces{Face::Title, Face::Title, Face::Title, Face::Title};

class FontLibrary {
public:
    // Reads the font files under `fonts_dir`. Throws std::runtime_error naming
    // the file that is missing or unreadable.
    explicit FontLibrary(const std::filesystem::path& fonts_dir);
    ~FontLibrary();
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    // `face` opened at `px` pixels (cached; valid until evicted by later calls
    // that open more than kMaxOpen other sizes).
    TTF_Font* get(Face face, int px);
    // Sets the shaping script and direction from an ISO 639 language code.
    void set_language(std::string_view language);

    static constexpr std::size_t kMaxOpen = 48;

private:
    std::array<std::vector<std::uint8_t>, std::size_t(Face::Count)> data_;
    struct Open {
        FontPtr font;
        std::list<std::pair<Face, int>>::iterator lru;
    };
    std::map<std::pair<Face, int>, Open> open_;
    std::list<std::pair<Face, int>> lru_; // most recently used first
    std::string script_;                  // ISO 15924, empty: let HarfBuzz guess
    bool rtl_ = false;
};

} // namespace hearth
