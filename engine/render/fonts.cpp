#include "engine/render/fonts.hpp"

#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <stdexcept>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hearth {
namespace {

constexpr const char* kFiles[] = {
    "lato/Lato-Regular.ttf",         "lato/Lato-Bold.ttf",
    "lato/Lato-Italic.ttf",          "lato/Lato-BoldItalic.ttf",
    "comic-neue/ComicNeue-Bold.otf",
};

// The reader's choices: regular, bold, italic, bold italic, title.
struct Family {
    std::string_view name;
    const char* files[5];
};
constexpr Family kFamilies[] = {
    {"standard", {kFiles[0], kFiles[1], kFiles[2], kFiles[3], kFiles[4]}},
    {"andika",
     {"andika/Andika-Regular.ttf", "andika/Andika-Bold.ttf", "andika/Andika-Italic.ttf",
      "andika/Andika-BoldItalic.ttf", "andika/Andika-Bold.ttf"}},
    {"opendyslexic",
     {"opendyslexic/OpenDyslexic-Regular.otf", "opendyslexic/OpenDyslexic-Bold.otf",
      "opendyslexic/OpenDyslexic-Italic.otf", "opendyslexic/OpenDyslexic-BoldItalic.otf",
      "opendyslexic/OpenDyslexic-Bold.otf"}},
};

// The faces' script for a deck's language. Arabic and Hebrew are not here:
// the faces have none of their letters (a system font sets them, with its
// own script), and their Latin runs are shaped as Latin.
struct ScriptOf {
    std::string_view language;
    const char* script;
};
constexpr ScriptOf kScripts[] = {
    {"ru", "Cyrl"},
    {"uk", "Cyrl"},
    {"bg", "Cyrl"},
    {"el", "Grek"},
};

} // namespace

FontLibrary::Mapped::~Mapped() {
    if (data)
        munmap(const_cast<void*>(data), size);
}

FontLibrary::FontLibrary(const std::filesystem::path& fonts_dir) : dir_(fonts_dir) {
    for (std::size_t i = 0; i < files_.size(); ++i) {
        files_[i] = fonts_dir / kFiles[i];
        std::error_code ec;
        auto size = std::filesystem::file_size(files_[i], ec);
        if (ec || size == 0)
            throw std::runtime_error(files_[i].string() + ": font file missing or empty");
    }
    if (TTF_Init() != 0)
        throw std::runtime_error(std::string("SDL_ttf: ") + TTF_GetError());
}

const FontLibrary::Mapped& FontLibrary::face_data(Face face) {
    Mapped& m = data_[std::size_t(face)];
    if (m.data)
        return m;
    const std::filesystem::path& file = files_[std::size_t(face)];
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size <= 0) {
        if (fd >= 0)
            ::close(fd);
        throw std::runtime_error(file.string() + ": cannot read the font");
    }
    void* p = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED)
        throw std::runtime_error(file.string() + ": cannot read the font");
    m.data = p;
    m.size = std::size_t(st.st_size);
    return m;
}

FontLibrary::~FontLibrary() {
    open_.clear();
    fallback_open_.clear();
    TTF_Quit();
}

LinePitch FontLibrary::line_pitch(Face face, int px) {
    TTF_Font* f = get(face, px);
    const int skip = TTF_FontLineSkip(f);
    const int most = int(std::lround(px * 1.35));
    if (skip <= most)
        return {skip, 0, TTF_FontHeight(f)};
    // Lato's letters stand 0.81 of the size above their baseline in a line
    // 1.2 tall; a tall face's baseline is put 0.9 down, its descent counted
    // to 0.3 (its letters reach 0.24 to 0.27).
    const int base = int(std::lround(px * 0.9));
    const int descent = std::min(-TTF_FontDescent(f), int(std::lround(px * 0.3)));
    return {most, std::max(0, TTF_FontAscent(f) - base), base + std::max(0, descent)};
}

TTF_Font* FontLibrary::get(Face face, int px) {
    px = std::max(1, px);
    auto key = std::make_pair(face, px);
    if (auto it = open_.find(key); it != open_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second.lru);
        return it->second.font.get();
    }
    const Mapped& bytes = face_data(face);
    SDL_RWops* rw = SDL_RWFromConstMem(bytes.data, int(bytes.size));
    FontPtr font(TTF_OpenFontRW(rw, 1, px));
    if (!font)
        throw std::runtime_error(std::string("cannot open font: ") + TTF_GetError());
    TTF_SetFontHinting(font.get(), TTF_HINTING_LIGHT);
    if (!script_.empty())
        TTF_SetFontScriptName(font.get(), script_.c_str());
    if (open_.size() >= kMaxOpen) {
        open_.erase(lru_.back());
        lru_.pop_back();
    }
    lru_.push_front(key);
    TTF_Font* raw = font.get();
    open_.emplace(key, Open{std::move(font), lru_.begin()});
    return raw;
}

bool FontLibrary::use_family(std::string_view family) {
    for (const Family& f : kFamilies) {
        if (f.name != family)
            continue;
        std::array<std::filesystem::path, std::size_t(Face::Count)> files;
        for (std::size_t i = 0; i < files.size(); ++i) {
            files[i] = dir_ / f.files[i];
            // The deck's own faces, unless the reader chose a font of their own.
            if (family == "standard" && !deck_files_[i].empty())
                files[i] = deck_files_[i];
        }
        if (!take_files(files))
            return false;
        family_ = std::string(family);
        return true;
    }
    return false;
}

void FontLibrary::set_deck_fonts(
    const std::array<std::filesystem::path, std::size_t(Face::Count)>& files) {
    if (files == deck_asked_)
        return;
    deck_asked_ = files;
    deck_files_ = files;
    // A face FreeType cannot open (a damaged file that looks like a font)
    // keeps Hearth's own.
    for (std::filesystem::path& file : deck_files_)
        if (!file.empty()) {
            FontPtr probe(TTF_OpenFont(file.c_str(), 12));
            if (!probe) {
                std::fprintf(stderr, "hearth: %s: %s; Hearth's own face is used\n", file.c_str(),
                             TTF_GetError());
                file.clear();
            }
        }
    const std::string family = family_;
    if (!use_family(family)) {
        // A deck font that cannot be read: the reader's family as it is.
        deck_files_ = {};
        use_family(family);
    }
}

bool FontLibrary::take_files(std::array<std::filesystem::path, std::size_t(Face::Count)> files) {
    for (const std::filesystem::path& file : files) {
        std::error_code ec;
        if (std::filesystem::file_size(file, ec) == 0 || ec)
            return false;
    }
    open_.clear();
    lru_.clear();
    widths_.clear();
    for (std::size_t i = 0; i < files.size(); ++i)
        if (files[i] != files_[i] && data_[i].data) {
            // Mapped again, from the new file, on first use.
            munmap(const_cast<void*>(data_[i].data), data_[i].size);
            data_[i].data = nullptr;
            data_[i].size = 0;
        }
    files_ = std::move(files);
    return true;
}

void FontLibrary::set_language(std::string_view language) {
    std::string lang(language.substr(0, language.find_first_of("-_")));
    std::string script;
    for (const ScriptOf& s : kScripts)
        if (s.language == lang)
            script = s.script;
    if (script == script_)
        return;
    script_ = script;
    open_.clear(); // reopened with the new script on demand
    lru_.clear();
    widths_.clear(); // shaped with another script, a line may measure differently
}

} // namespace hearth
