// Lines set in several fonts: a run per font, for characters the bundled
// faces lack. Sections:
//   scripts   - the script a fallback run is shaped with
//   runs      - the line's bidi runs in visual order (game/text/bidi.hpp),
//               each split by the first font that has each character
//   measure   - widths, run by run
//   render    - drawing runs side by side, baselines aligned
// A right-to-left run is shaped right to left (HarfBuzz lays its glyphs out
// from the right and mirrors its brackets), and its font runs are placed from
// the right.
#include "engine/render/fonts.hpp"

#include "game/base/utf8.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
namespace {

// ---------------------------------------------------------------- scripts

struct ScriptRange {
    char32_t first, last;
    const char* tag;
};
// Scripts HarfBuzz must be told; the others it guesses well from the text.
constexpr ScriptRange kScriptRanges[] = {
    {0x0370, 0x03FF, "Grek"}, {0x0400, 0x052F, "Cyrl"}, {0x0530, 0x058F, "Armn"},
    {0x0590, 0x05FF, "Hebr"}, {0x0600, 0x06FF, "Arab"}, {0x0700, 0x074F, "Syrc"},
    {0x0750, 0x077F, "Arab"}, {0x0780, 0x07BF, "Thaa"}, {0x08A0, 0x08FF, "Arab"},
    {0x0900, 0x097F, "Deva"}, {0x0980, 0x09FF, "Beng"}, {0x0A00, 0x0A7F, "Guru"},
    {0x0A80, 0x0AFF, "Gujr"}, {0x0B00, 0x0B7F, "Orya"}, {0x0B80, 0x0BFF, "Taml"},
    {0x0C00, 0x0C7F, "Telu"}, {0x0C80, 0x0CFF, "Knda"}, {0x0D00, 0x0D7F, "Mlym"},
    {0x0D80, 0x0DFF, "Sinh"}, {0x0E00, 0x0E7F, "Thai"}, {0x0E80, 0x0EFF, "Laoo"},
    {0x0F00, 0x0FFF, "Tibt"}, {0x1000, 0x109F, "Mymr"}, {0x10A0, 0x10FF, "Geor"},
    {0x1100, 0x11FF, "Hang"}, {0x1200, 0x139F, "Ethi"}, {0x1780, 0x17FF, "Khmr"},
    {0x3040, 0x309F, "Hira"}, {0x30A0, 0x30FF, "Kana"}, {0x3400, 0x4DBF, "Hani"},
    {0x4E00, 0x9FFF, "Hani"}, {0xAC00, 0xD7AF, "Hang"}, {0xFB1D, 0xFB4F, "Hebr"},
    {0xFB50, 0xFDFF, "Arab"}, {0xFE70, 0xFEFF, "Arab"},
};

const ScriptRange* script_of(char32_t cp) {
    for (const ScriptRange& r : kScriptRanges)
        if (cp >= r.first && cp <= r.last)
            return &r;
    return nullptr;
}

// Characters that belong with the one before them, whatever font has them:
// joiners, variation selectors, skin tones, tags, combining marks. Splitting
// them off would break an emoji sequence or a cluster apart.
bool clings(char32_t cp) {
    return cp == 0x200C || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F) ||
           (cp >= 0x0300 && cp <= 0x036F) || cp == 0x20E3;
}

bool ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (unsigned char)c < 0x80; });
}

void prepare(const FontRun& run) {
    // A face keeps the deck language's script (set_language).
    if (run.fallback)
        TTF_SetFontScriptName(run.font, run.script ? run.script : "Zyyy");
    TTF_SetFontDirection(run.font, run.rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
}

} // namespace

// ---------------------------------------------------------------- runs

TTF_Font* FontLibrary::fallback_font(const FallbackFace& face, int px) {
    // A bitmap font opens at its first strike (SDL_ttf reads the size as the
    // strike's index) and is scaled when drawn.
    const int open_px = face.strike_px > 0 ? 0 : px;
    auto key = std::make_tuple(face.file, face.index, open_px);
    if (auto it = fallback_open_.find(key); it != fallback_open_.end())
        return it->second.get();
    FontPtr font(TTF_OpenFontIndex(face.file.c_str(), open_px, face.index));
    if (!font)
        return nullptr;
    TTF_SetFontHinting(font.get(), TTF_HINTING_LIGHT);
    TTF_Font* raw = font.get();
    fallback_open_.emplace(std::move(key), std::move(font));
    return raw;
}

std::vector<FontRun> FontLibrary::runs(std::string_view text, Face face, int px,
                                       TextDirection dir) {
    std::vector<FontRun> out;
    if (text.empty())
        return out;
    if (dir != TextDirection::RightToLeft && !may_be_rtl(text)) {
        font_runs(text, 0, text.size(), face, px, out);
        return out;
    }
    for (const BidiRun& b : bidi_runs(text, dir)) {
        const std::size_t first = out.size();
        font_runs(text, b.begin, b.end, face, px, out);
        for (std::size_t k = first; k < out.size(); ++k)
            out[k].rtl = b.rtl;
        if (b.rtl)
            std::reverse(out.begin() + std::ptrdiff_t(first), out.end());
    }
    return out;
}

void FontLibrary::font_runs(std::string_view text, std::size_t begin, std::size_t end, Face face,
                            int px, std::vector<FontRun>& out) {
    TTF_Font* primary = get(face, px);
    const std::string* primary_file = &files_[std::size_t(face)].native();
    if (!fallback_on_ || ascii(text.substr(begin, end - begin))) {
        FontRun run{begin, end, primary};
        run.file = primary_file;
        out.push_back(run);
        return;
    }
    // Closed only here, before any run of this line holds a font.
    if (out.empty() && fallback_open_.size() >= kMaxFallbackOpen)
        fallback_open_.clear();
    const std::size_t first = out.size();
    const bool bold = face == Face::BodyBold || face == Face::BodyBoldItalic || face == Face::Title;
    const bool italic = face == Face::BodyItalic || face == Face::BodyBoldItalic;
    const int line_h = TTF_FontHeight(primary);
    bool after_joiner = false;
    std::size_t i = begin;
    while (i < end) {
        std::size_t start = i;
        char32_t cp = utf8_next(text, i);
        FontRun run{start, i, primary};
        run.file = primary_file;
        const bool joined = out.size() > first;
        if (joined &&
            (clings(cp) || (after_joiner && TTF_GlyphIsProvided32(out.back().font, cp)))) {
            out.back().end = i;
            after_joiner = cp == 0x200D;
            continue;
        }
        after_joiner = false;
        if (!TTF_GlyphIsProvided32(primary, cp)) {
            if (!fallback_)
                fallback_ = std::make_unique<FontFallback>();
            if (const FallbackFace* f = fallback_->find(cp, bold, italic)) {
                if (TTF_Font* font = fallback_font(*f, px)) {
                    run.font = font;
                    run.fallback = true;
                    run.file = &f->file;
                    run.index = f->index;
                    if (f->strike_px > 0)
                        run.scale = double(line_h) / std::max(1, TTF_FontHeight(font));
                }
            }
        }
        const ScriptRange* script = run.fallback ? script_of(cp) : nullptr;
        if (joined && out.back().font == run.font &&
            (!script || !out.back().script || out.back().script == script->tag)) {
            out.back().end = i;
            if (script && !out.back().script)
                out.back().script = script->tag;
            continue;
        }
        if (script)
            run.script = script->tag;
        out.push_back(run);
    }
}

// ---------------------------------------------------------------- measure

int FontLibrary::run_width(std::string_view text, const FontRun& run) {
    std::string s(text.substr(run.begin, run.end - run.begin));
    prepare(run);
    int w = 0, h = 0;
    TTF_SizeUTF8(run.font, s.c_str(), &w, &h);
    return run.scale == 1.0 ? w : int(std::lround(w * run.scale));
}

int FontLibrary::width(std::string_view text, Face face, int px) {
    // Shaping a line costs microseconds, and a frame measures the same
    // labels every time it is drawn (centred text, hints, fitted titles).
    std::string key;
    key.reserve(text.size() + 8);
    key.append(std::to_string(int(face))).append(1, ':').append(std::to_string(px));
    key.append(1, ':').append(text);
    if (auto it = widths_.find(key); it != widths_.end())
        return it->second;
    int w = 0;
    for (const FontRun& run : runs(text, face, px))
        w += run_width(text, run);
    if (widths_.size() >= kMaxWidths)
        widths_.clear();
    widths_.emplace(std::move(key), w);
    return w;
}

// ---------------------------------------------------------------- render

SurfacePtr FontLibrary::render(std::string_view text, Face face, int px, SDL_Color color,
                               TextDirection dir) {
    std::vector<FontRun> rs = runs(text, face, px, dir);
    if (rs.empty())
        return nullptr;
    if (rs.size() == 1 && !rs[0].fallback) {
        prepare(rs[0]);
        std::string s(text);
        return SurfacePtr(TTF_RenderUTF8_Blended(rs[0].font, s.c_str(), color));
    }
    TTF_Font* primary = get(face, px);
    const int ascent = TTF_FontAscent(primary);
    std::vector<int> widths;
    int total = 0;
    for (const FontRun& r : rs) {
        widths.push_back(run_width(text, r));
        total += widths.back();
    }
    SurfacePtr out(SDL_CreateRGBSurfaceWithFormat(
        0, std::max(1, total), std::max(1, TTF_FontHeight(primary)), 32, SDL_PIXELFORMAT_ARGB8888));
    if (!out)
        return nullptr;
    SDL_FillRect(out.get(), nullptr, SDL_MapRGBA(out->format, color.r, color.g, color.b, 0));
    int x = 0;
    for (std::size_t k = 0; k < rs.size(); ++k) {
        const FontRun& r = rs[k];
        std::string s(text.substr(r.begin, r.end - r.begin));
        prepare(r);
        SurfacePtr piece(TTF_RenderUTF8_Blended(r.font, s.c_str(), color));
        if (piece && r.scale != 1.0) {
            // Colour emoji come at their strike (109 px): scale to the line.
            int w = std::max(1, int(std::lround(piece->w * r.scale)));
            int h = std::max(1, int(std::lround(piece->h * r.scale)));
            SurfacePtr scaled(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, piece->format->format));
            if (scaled && SDL_SoftStretchLinear(piece.get(), nullptr, scaled.get(), nullptr) == 0)
                piece = std::move(scaled);
        }
        if (piece) {
            // Blended onto the text colour at zero alpha, text keeps its exact
            // colour and overhangs that touch a neighbour add up.
            SDL_SetSurfaceBlendMode(piece.get(), SDL_BLENDMODE_BLEND);
            int rise = ascent - int(std::lround(TTF_FontAscent(r.font) * r.scale));
            SDL_Rect dst{x, rise, piece->w, piece->h};
            SDL_BlitSurface(piece.get(), nullptr, out.get(), &dst);
        }
        x += widths[k];
    }
    return out;
}

} // namespace hearth
