// Rasterised art kept between runs: a picture comes back exactly as it was
// stored, and a file that does not check out in every way is a miss, never
// a crash or a wrong picture.
#include "engine/render/art_cache.hpp"
#include "engine/render/art_disk_cache.hpp"
#include "game/base/atomic_file.hpp"

#include "tests/engine_fixture.hpp"

#include <SDL.h>
#include <SDL_image.h>

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

const std::string kSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"90\" viewBox=\"0 0 60 90\">"
    "<circle cx=\"30\" cy=\"45\" r=\"25\" fill=\"#e07a3c\"/></svg>";

SurfacePtr rasterised(const std::string& svg, int w, int h) {
    SDL_RWops* rw = SDL_RWFromConstMem(svg.data(), int(svg.size()));
    SurfacePtr s(IMG_LoadSizedSVG_RW(rw, w, h));
    SDL_RWclose(rw);
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(s.get(), SDL_PIXELFORMAT_RGBA32, 0));
    return rgba;
}

bool same_pixels(SDL_Surface* a, SDL_Surface* b) {
    if (!a || !b || a->w != b->w || a->h != b->h)
        return false;
    for (int y = 0; y < a->h; ++y)
        if (std::memcmp(static_cast<char*>(a->pixels) + y * a->pitch,
                        static_cast<char*>(b->pixels) + y * b->pitch, std::size_t(a->w) * 4) != 0)
            return false;
    return true;
}

// Changes one byte of `file` at `offset` (from the end when negative).
void flip_byte(const fs::path& file, long offset) {
    std::string bytes = *read_file(file);
    std::size_t at = offset < 0 ? bytes.size() - std::size_t(-offset) : std::size_t(offset);
    bytes[at] = char(bytes[at] ^ 0x5a);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

} // namespace

SCENARIO("a stored picture comes back pixel for pixel, privately kept") {
    REQUIRE(SDL_Init(0) == 0);
    fs::path dir = test::fresh_folder("art-disk");
    SurfacePtr picture = rasterised(kSvg, 120, 180);
    REQUIRE(picture);
    {
        ArtDiskCache cache(dir);
        CHECK_FALSE(cache.find(kSvg, 120, 180));
        cache.store(kSvg, 120, 180, picture.get());
        cache.wait();
        fs::path file = cache.file_for(kSvg, 120, 180);
        REQUIRE(fs::is_regular_file(file));
        struct stat st {};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
    }
    ArtDiskCache later(dir); // the next run
    SurfacePtr back = later.find(kSvg, 120, 180);
    CHECK(same_pixels(back.get(), picture.get()));
    // Another size, or other bytes, is another picture.
    CHECK_FALSE(later.find(kSvg, 121, 180));
    CHECK_FALSE(later.find(kSvg + " ", 120, 180));
}

SCENARIO("a cached picture that does not check out is a miss, and is replaced") {
    REQUIRE(SDL_Init(0) == 0);
    fs::path dir = test::fresh_folder("art-disk-bad");
    SurfacePtr picture = rasterised(kSvg, 60, 90);
    ArtDiskCache cache(dir);
    const fs::path file = cache.file_for(kSvg, 60, 90);
    auto stored = [&] {
        cache.store(kSvg, 60, 90, picture.get());
        cache.wait();
        REQUIRE(cache.find(kSvg, 60, 90));
    };
    stored();
    WHEN("a pixel changed") {
        flip_byte(file, -7);
        CHECK_FALSE(cache.find(kSvg, 60, 90));
    }
    WHEN("the header's magic changed") {
        flip_byte(file, 2);
        CHECK_FALSE(cache.find(kSvg, 60, 90));
    }
    WHEN("the header claims a larger picture") {
        flip_byte(file, 9); // the width's second byte
        CHECK_FALSE(cache.find(kSvg, 60, 90));
    }
    WHEN("the file was cut short or is empty") {
        fs::resize_file(file, fs::file_size(file) / 2);
        CHECK_FALSE(cache.find(kSvg, 60, 90));
        fs::resize_file(file, 0);
        CHECK_FALSE(cache.find(kSvg, 60, 90));
    }
    WHEN("it is a symbolic link to a good picture elsewhere") {
        fs::path elsewhere = dir / "elsewhere.rgba";
        fs::rename(file, elsewhere);
        fs::create_symlink(elsewhere, file);
        CHECK_FALSE(cache.find(kSvg, 60, 90));
        // Storing again neither follows nor replaces the link.
        const std::string before = *read_file(elsewhere);
        cache.store(kSvg, 60, 90, picture.get());
        cache.wait();
        CHECK(fs::is_symlink(file));
        CHECK(*read_file(elsewhere) == before);
        fs::remove(file);
    }
    WHEN("it is a folder or a FIFO") {
        fs::remove(file);
        REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
        CHECK_FALSE(cache.find(kSvg, 60, 90)); // and does not wait on the FIFO
        fs::remove(file);
        fs::create_directory(file);
        CHECK_FALSE(cache.find(kSvg, 60, 90));
        fs::remove(file);
    }
    // Stored again, it is good again.
    stored();
}

SCENARIO("the cache folder stays under its limit, dropping what was used longest ago") {
    REQUIRE(SDL_Init(0) == 0);
    fs::path dir = test::fresh_folder("art-disk-trim");
    SurfacePtr picture = rasterised(kSvg, 60, 90); // 60 x 90 x 4 bytes and a header
    const std::uintmax_t one = 60 * 90 * 4 + 32;
    ArtDiskCache cache(dir, 3 * one);
    for (int i = 0; i < 5; ++i) {
        std::string svg = kSvg + std::string(std::size_t(i), ' ');
        cache.store(svg, 60, 90, picture.get());
        cache.wait();
        // Distinct times, so "longest ago" is well defined.
        fs::last_write_time(cache.file_for(svg, 60, 90),
                            fs::file_time_type::clock::now() - std::chrono::seconds(10 - i));
    }
    int kept = 0;
    for (int i = 0; i < 5; ++i)
        kept += fs::exists(cache.file_for(kSvg + std::string(std::size_t(i), ' '), 60, 90));
    CHECK(kept <= 3);
    CHECK(fs::exists(cache.file_for(kSvg + "    ", 60, 90))); // the newest stays
    CHECK_FALSE(fs::exists(cache.file_for(kSvg, 60, 90)));    // the oldest went
}

SCENARIO("a window's second run draws the back without rasterising it") {
    REQUIRE(SDL_Init(0) == 0);
    fs::path dir = test::fresh_folder("art-disk-runs");
    const fs::path back = test::kBundledDeck / "art" / "back.svg";
    SurfacePtr target(SDL_CreateRGBSurfaceWithFormat(0, 500, 700, 32, SDL_PIXELFORMAT_RGBA32));
    SDL_Renderer* r = SDL_CreateSoftwareRenderer(target.get());
    const SDL_Rect rect{10, 10, 443, 619};
    auto frame = [&](ArtCache& art) {
        SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
        SDL_RenderClear(r);
        REQUIRE(art.draw(back, rect));
        SDL_RenderPresent(r);
        return SurfacePtr(SDL_ConvertSurfaceFormat(target.get(), SDL_PIXELFORMAT_RGBA32, 0));
    };
    SurfacePtr first, second;
    {
        ArtCache art(r);
        art.keep_on_disk(dir);
        first = frame(art);
        CHECK(art.decodes() == 1);
        CHECK(art.disk_hits() == 0);
    }
    {
        ArtCache art(r);
        art.keep_on_disk(dir);
        second = frame(art);
        CHECK(art.decodes() == 0);
        CHECK(art.disk_hits() == 1);
    }
    CHECK(same_pixels(first.get(), second.get()));
    SDL_DestroyRenderer(r);
}
