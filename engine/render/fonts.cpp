#include "engine/render/fonts.hpp"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace hearth {
namespace {

constexpr const char* kFiles[] = {
    "lato/Lato-Regular.ttf",         "lato/Lato-Bold.ttf",
    "lato/Lato-Italic.ttf",          "lato/Lato-BoldItalic.ttf",
    "comic-neue/ComicNeue-Bold.otf",
};

struct ScriptOf {
    std::string_view language;
    const char* script;
    bool rtl;
};
constexpr ScriptOf kScripts[] = {
    {"ar", "Arab", true},  {"fa", "Arab", true},  {"he", "Hebr", true},  {"ru", "Cyrl", false},
    {"uk", "Cyrl", false}, {"bg", "Cyrl", false}, {"el", "Grek", false},
};

} // namespace

FontLibrary::FontLibrary(const std::filesystem::path& fonts_dir) {
    for (std::size_t i = 0; i < data_.size(); ++i) {
        std::filesystem::path file = fonts_dir / kFiles[i];
        std::ifstream in(file, std::ios::binary);
        data_[i].assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof())
            throw std::runtime_error(file.string() + ": cannot read the font");
        if (data_[i].empty())
            throw std::runtime_error(file.string() + ": font file missing or empty");
    }
    if (TTF_Init() != 0)
        throw std::runtime_error(std::string("SDL_ttf: ") + TTF_GetError());
}

FontLibrary::~FontLibrary() {
    open_.clear();
    fallback_open_.clear();
    TTF_Quit();
}

TTF_Font* FontLibrary::get(Face face, int px) {
    px = std::max(1, px);
    auto key = std::make_pair(face, px);
    if (auto it = open_.find(key); it != open_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second.lru);
        return it->second.font.get();
    }
    const auto& bytes = data_[std::size_t(face)];
    SDL_RWops* rw = SDL_RWFromConstMem(bytes.data(), int(bytes.size()));
    FontPtr font(TTF_OpenFontRW(rw, 1, px));
    if (!font)
        throw std::runtime_error(std::string("cannot open font: ") + TTF_GetError());
    TTF_SetFontHinting(font.get(), TTF_HINTING_LIGHT);
    if (!script_.empty()) {
        TTF_SetFontScriptName(font.get(), script_.c_str());
        TTF_SetFontDirection(font.get(), rtl_ ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    }
    if (open_.size() >= kMaxOpen) {
        open_.erase(lru_.back());
        lru_.pop_back();
    }
    lru_.push_front(key);
    TTF_Font* raw = font.get();
    open_.emplace(key, Open{std::move(font), lru_.begin()});
    return raw;
}

void FontLibrary::set_language(std::string_view language) {
    std::string lang(language.substr(0, language.find_first_of("-_")));
    std::string script;
    bool rtl = false;
    for (const ScriptOf& s : kScripts)
        if (s.language == lang) {
            script = s.script;
            rtl = s.rtl;
        }
    if (script == script_ && rtl == rtl_)
        return;
    script_ = script;
    rtl_ = rtl;
    open_.clear(); // reopened with the new script on demand
    lru_.clear();
}

} // namespace hearth
