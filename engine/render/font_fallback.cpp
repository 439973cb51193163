#include "engine/render/font_fallback.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>

namespace hearth {

struct FontFallback::Candidate {
    FallbackFace face;
    FcCharSet* charset = nullptr; // owned copy
    ~Candidate() {
        if (charset)
            FcCharSetDestroy(charset);
    }
};

namespace {

// SDL_ttf (FreeType) opens these; fontconfig also lists Type 1 and X11 bitmap
// fonts, which HarfBuzz cannot shape.
bool usable_file(std::string_view file) {
    std::string ext(file.substr(std::min(file.size(), file.rfind('.'))));
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc";
}

FcConfig* fc(void* p) {
    return static_cast<FcConfig*>(p);
}

} // namespace

const std::vector<std::string>& FontFallback::preferred_families() {
    static const std::vector<std::string> families = {
        "Noto Sans",        "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK KR",
        "Noto Color Emoji", "Noto Emoji",       "DejaVu Sans",
    };
    return families;
}

FontFallback::FontFallback() {
    config_ = FcInitLoadConfigAndFonts();
}

FontFallback::~FontFallback() {
    all_.clear();
    if (config_)
        FcConfigDestroy(fc(config_));
}

// Appends to `into` the fonts that have `cp`, in the order fontconfig sorts
// them for `style` (bit 0 bold, bit 1 italic); fonts already known are reused.
void FontFallback::add_sorted(char32_t cp, int style, std::vector<Candidate*>& into) {
    FcPattern* pat = FcPatternCreate();
    FcCharSet* cs = FcCharSetCreate();
    FcCharSetAddChar(cs, FcChar32(cp));
    FcPatternAddCharSet(pat, FC_CHARSET, cs);
    FcCharSetDestroy(cs);
    for (const std::string& family : preferred_families())
        FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pat, FC_WEIGHT, style & 1 ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pat, FC_SLANT, style & 2 ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcConfigSubstitute(fc(config_), pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    FcFontSet* set = FcFontSort(fc(config_), pat, FcTrue, nullptr, &result);
    FcPatternDestroy(pat);
    if (!set)
        return;
    // The sort ranks the preferred families above coverage: keep, in order,
    // only the fonts that have `cp`.
    int kept = 0;
    for (int i = 0; i < set->nfont && kept < 8; ++i) {
        FcPattern* font = set->fonts[i];
        FcChar8* file = nullptr;
        FcCharSet* chars = nullptr;
        if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch ||
            FcPatternGetCharSet(font, FC_CHARSET, 0, &chars) != FcResultMatch ||
            !FcCharSetHasChar(chars, FcChar32(cp)) ||
            !usable_file(reinterpret_cast<const char*>(file)))
            continue;
        ++kept;
        int index = 0, weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
        double pixel_size = 0;
        FcPatternGetInteger(font, FC_INDEX, 0, &index);
        FcPatternGetInteger(font, FC_WEIGHT, 0, &weight);
        FcPatternGetInteger(font, FC_SLANT, 0, &slant);
        // Only bitmap fonts carry a pixel size: colour emoji's CBDT strikes.
        FcPatternGetDouble(font, FC_PIXEL_SIZE, 0, &pixel_size);
        std::string path(reinterpret_cast<const char*>(file));
        Candidate* known = nullptr;
        for (const auto& c : all_)
            if (c->face.file == path && c->face.index == index)
                known = c.get();
        if (!known) {
            auto c = std::make_unique<Candidate>();
            c->face = FallbackFace{path, index, int(pixel_size + 0.5), weight >= FC_WEIGHT_BOLD,
                                   slant != FC_SLANT_ROMAN};
            c->charset = FcCharSetCopy(chars);
            known = c.get();
            all_.push_back(std::move(c));
        }
        if (std::find(into.begin(), into.end(), known) == into.end())
            into.push_back(known);
    }
    FcFontSetDestroy(set);
}

const FallbackFace* FontFallback::find(char32_t cp, bool bold, bool italic) {
    if (!config_)
        return nullptr;
    const int style = (bold ? 1 : 0) | (italic ? 2 : 0);
    const std::uint64_t key = std::uint64_t(cp) << 2 | std::uint64_t(style);
    if (auto it = by_char_.find(key); it != by_char_.end())
        return it->second;
    auto first_with = [&](const std::vector<Candidate*>& list) -> const FallbackFace* {
        for (const Candidate* c : list)
            if (FcCharSetHasChar(c->charset, FcChar32(cp)))
                return &c->face;
        return nullptr;
    };
    auto [it, fresh] = blocks_.try_emplace({cp >> 8, style});
    if (fresh)
        add_sorted(cp, style, it->second);
    const FallbackFace* found = first_with(it->second);
    if (!found && !fresh) {
        // The block's fonts were sorted for another character of it.
        add_sorted(cp, style, it->second);
        found = first_with(it->second);
    }
    by_char_.emplace(key, found);
    return found;
}

} // namespace hearth
