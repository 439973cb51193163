// The fonts Hearth draws with, from assets/fonts, each mapped into memory on
// its first use (a table that never sets italic never reads the italic
// file) and opened at any pixel size on demand (a bounded cache of open
// sizes). Mapped, not read: only the parts FreeType touches take memory.
//   Body:  Lato (regular, bold, italic, bold italic), a warm, open sans that
//          stays legible at a distance.
//   Title: Comic Neue Bold, a friendly hand-lettered face for card titles,
//          close to the printed deck's lettering and still easy to read.
// Characters these lack (CJK, emoji, Arabic, Devanagari ...) are set in a
// system font found through fontconfig (font_fallback.hpp): a line is split
// into runs, one per font, measured and drawn run by run (font_runs.cpp).
// A line mixing directions is first split by the bidi algorithm
// (game/text/bidi.hpp) into runs of one direction, put in visual order, and
// each is shaped in its direction.
#pragma once

#include "engine/render/font_fallback.hpp"
#include "engine/render/sdl_handles.hpp"
#include "game/text/bidi.hpp"
#include "game/text/text_layout.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
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

// Where lines set in a face go: the distance from one paragraph line's top
// to the next, how far each line is drawn above the top it is given, and
// the height to centre one line by. A face whose own line skip is taller
// than 1.35 of its size (Andika and OpenDyslexic leave room for stacked
// accents: 1.63 and 1.75) is set at 1.35 and drawn `trim` higher, so its
// letters sit in a line as Lato's do; the others keep their own line skip,
// a trim of 0 and their own height.
struct LinePitch {
    int line_skip = 0;
    int trim = 0;
    int height = 0;
};

// A stretch of a line set in one font.
struct FontRun {
    std::size_t begin = 0; // byte offsets in the line
    std::size_t end = 0;
    TTF_Font* font = nullptr;
    bool fallback = false;        // a system font, not the face asked for
    double scale = 1.0;           // a bitmap font (colour emoji) is drawn at its strike, scaled
    const char* script = nullptr; // ISO 15924 tag for shaping a fallback run, or nullptr
    bool rtl = false;             // shaped right to left (its bidi level is odd)
    // The font's file and face index, for drawing the run by other means
    // (the print sheet's vector text); valid while the library lives.
    const std::string* file = nullptr;
    int index = 0;
};

class FontLibrary {
public:
    // Finds the font files under `fonts_dir` (read on first use). Throws
    // std::runtime_error naming the file that is missing or empty; get()
    // throws if one cannot be read later.
    explicit FontLibrary(const std::filesystem::path& fonts_dir);
    ~FontLibrary();
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    // `face` opened at `px` pixels (cached; valid until evicted by later calls
    // that open more than kMaxOpen other sizes).
    TTF_Font* get(Face face, int px);
    // The reader's font for card text and the interface, in every face
    // (titles too): "standard" (Lato, Comic Neue titles), "andika" or
    // "opendyslexic" (assets/fonts). False, and nothing changed, for
    // another name or a missing file.
    bool use_family(std::string_view family);
    // A deck's own font files (regular, bold, italic, bold italic, title;
    // an empty path keeps that face's): used while the reader's family is
    // "standard", since a reader's own choice wins. All empty: none.
    void set_deck_fonts(const std::array<std::filesystem::path, std::size_t(Face::Count)>& files);
    // Sets the faces' shaping script from an ISO 639 language code (the
    // direction is each run's own, from the bidi algorithm).
    void set_language(std::string_view language);

    // `text` split into runs by the first font that has each character: the
    // face, else a system font (see font_fallback.hpp); a run of a character
    // no font has stays in the face (its .notdef box). The runs come from
    // left to right: the line's bidi runs (its base direction `dir`, Auto:
    // its first strong letter's) in visual order, each split by font.
    std::vector<FontRun> runs(std::string_view text, Face face, int px,
                              TextDirection dir = TextDirection::Auto);
    // The line pitch of `face` at `px` (LinePitch); TextPainter draws every
    // line `trim` higher.
    LinePitch line_pitch(Face face, int px);
    // Advance width of one line of `text`, run by run (remembered).
    int width(std::string_view text, Face face, int px);
    // One line of `text` drawn run by run on a transparent surface as tall as
    // the face's line, baselines aligned; nullptr for empty text.
    SurfacePtr render(std::string_view text, Face face, int px, SDL_Color color,
                      TextDirection dir = TextDirection::Auto);
    // Turns fallback off (tests compare with the face's own boxes).
    void set_fallback(bool on) {
        fallback_on_ = on;
        widths_.clear();
    }

    static constexpr std::size_t kMaxOpen = 48;
    static constexpr std::size_t kMaxFallbackOpen = 32;
    static constexpr std::size_t kMaxWidths = 8192;

private:
    // A font file mapped read-only, unmapped on destruction.
    struct Mapped {
        const void* data = nullptr;
        std::size_t size = 0;
        Mapped() = default;
        Mapped(const Mapped&) = delete;
        Mapped& operator=(const Mapped&) = delete;
        ~Mapped();
    };
    std::filesystem::path dir_;
    std::array<std::filesystem::path, std::size_t(Face::Count)> files_;
    std::string family_ = "standard";
    std::array<std::filesystem::path, std::size_t(Face::Count)>
        deck_asked_; // as the deck names them
    std::array<std::filesystem::path, std::size_t(Face::Count)> deck_files_; // those that open
    // Makes `files` (each checked to be there) the faces' files.
    bool take_files(std::array<std::filesystem::path, std::size_t(Face::Count)> files);
    std::array<Mapped, std::size_t(Face::Count)> data_;
    const Mapped& face_data(Face face);
    struct Open {
        FontPtr font;
        std::list<std::pair<Face, int>>::iterator lru;
    };
    std::map<std::pair<Face, int>, Open> open_;
    std::unordered_map<std::string, int> widths_; // "face:px:text" -> width
    std::list<std::pair<Face, int>> lru_;         // most recently used first
    std::string script_;                          // ISO 15924, empty: let HarfBuzz guess

    int run_width(std::string_view text, const FontRun& run);
    // Appends the font runs of text[begin, end), in logical order.
    void font_runs(std::string_view text, std::size_t begin, std::size_t end, Face face, int px,
                   std::vector<FontRun>& out);
    TTF_Font* fallback_font(const FallbackFace& face, int px);
    bool fallback_on_ = true;
    std::unique_ptr<FontFallback> fallback_; // made on the first character the faces lack
    std::map<std::tuple<std::string, int, int>, FontPtr> fallback_open_; // (file, index, px)
};

} // namespace hearth
