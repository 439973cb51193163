#include "engine/render/art_disk_cache.hpp"

#include "game/base/atomic_file.hpp"

#include <SDL.h>
#include <SDL_image.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

namespace hearth {
namespace {

namespace fs = std::filesystem;

// What the bytes of a cached picture begin with. The version changes when
// the layout of the file or its pixels' hash does (2: pixel_hash); the
// rasteriser's version is in the source hash.
constexpr char kMagic[8] = {'H', 'E', 'A', 'R', 'T', 'H', 'A', '2'};

struct Header {
    char magic[8];
    std::uint32_t w;
    std::uint32_t h;
    std::uint64_t source; // hash of the SVG's bytes, the size asked for, the rasteriser
    std::uint64_t pixels; // pixel_hash of the pixels that follow (RGBA32, w * h * 4 bytes)
};
static_assert(sizeof(Header) == 32);

std::uint64_t fnv1a(const void* data, std::size_t n, std::uint64_t h = 14695981039346656037ull) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    return h;
}

// The pixels' hash, checked on every read of a picture (the centre card's
// back on a window's first frame, about 1 MB at 1280x720): FNV-1a's step
// on 8 bytes at a time in four lanes that do not wait on each other, about
// five times faster than FNV-1a a byte at a time. A changed word always
// changes its lane (each step is a bijection of the lane's state), so a
// flipped byte is caught as before; the length is in the hash too.
std::uint64_t pixel_hash(const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t lane[4] = {14695981039346656037ull, 1, 2, 3};
    std::size_t i = 0;
    for (; i + sizeof lane <= n; i += sizeof lane)
        for (std::size_t k = 0; k < 4; ++k) {
            std::uint64_t word;
            std::memcpy(&word, p + i + 8 * k, 8);
            lane[k] = (lane[k] ^ word) * 1099511628211ull;
            lane[k] ^= lane[k] >> 29;
        }
    const std::uint64_t length = n;
    return fnv1a(&length, sizeof length, fnv1a(lane, sizeof lane, fnv1a(p + i, n - i)));
}

std::uint64_t source_hash(const std::string& svg, int w, int h) {
    const SDL_version* img = IMG_Linked_Version();
    const std::int64_t salt[] = {w, h, img->major, img->minor, img->patch};
    return fnv1a(salt, sizeof salt, fnv1a(svg.data(), svg.size()));
}

// The whole of a regular file, opened without following a symbolic link;
// nullopt for anything else or anything larger than `max_bytes`.
std::optional<std::string> read_plain_file(const fs::path& file, std::size_t max_bytes) {
    int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    std::optional<std::string> out;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && std::uintmax_t(st.st_size) <= max_bytes) {
        std::string bytes(std::size_t(st.st_size), '\0');
        std::size_t got = 0;
        while (got < bytes.size()) {
            ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
            if (n <= 0)
                break;
            got += std::size_t(n);
        }
        if (got == bytes.size())
            out = std::move(bytes);
    }
    ::close(fd);
    return out;
}

bool is_cache_file(const fs::path& p) {
    return p.extension() == ".rgba";
}

} // namespace

ArtDiskCache::ArtDiskCache(fs::path folder, std::uintmax_t limit_bytes)
    : folder_(std::move(folder)), limit_(limit_bytes) {}

ArtDiskCache::~ArtDiskCache() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    if (writer_.joinable())
        writer_.join();
}

void ArtDiskCache::wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return queue_.empty() && !writing_; });
}

// The writer: every queued picture is written before the thread ends, so a
// picture stored just before quitting is kept too.
void ArtDiskCache::write_queued() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty())
            return;
        auto [file, bytes] = std::move(queue_.front());
        queue_.pop_front();
        writing_ = true;
        lock.unlock();
        // A cache that cannot be written is only slower: nothing to report.
        if (!write_file_atomically(file, bytes, 0600))
            trim();
        lock.lock();
        writing_ = false;
        changed_.notify_all();
    }
}

fs::path ArtDiskCache::file_for(const std::string& svg, int w, int h) const {
    char name[64];
    std::snprintf(name, sizeof name, "%016llx-%dx%d.rgba",
                  static_cast<unsigned long long>(source_hash(svg, w, h)), w, h);
    return folder_ / name;
}

SurfacePtr ArtDiskCache::find(const std::string& svg, int w, int h) {
    if (w <= 0 || h <= 0 || w > 16384 || h > 16384)
        return nullptr;
    const fs::path file = file_for(svg, w, h);
    const std::size_t most = sizeof(Header) + std::size_t(w) * std::size_t(h) * 4;
    std::optional<std::string> bytes = read_plain_file(file, most);
    if (!bytes || bytes->size() < sizeof(Header))
        return nullptr;
    Header head;
    std::memcpy(&head, bytes->data(), sizeof head);
    // The picture fits inside the size asked for (the rasteriser keeps the
    // aspect), and the file holds exactly its pixels.
    if (std::memcmp(head.magic, kMagic, sizeof kMagic) != 0 || head.w == 0 || head.h == 0 ||
        head.w > std::uint32_t(w) || head.h > std::uint32_t(h) ||
        bytes->size() != sizeof(Header) + std::size_t(head.w) * head.h * 4 ||
        head.source != source_hash(svg, w, h))
        return nullptr;
    const char* pixels = bytes->data() + sizeof(Header);
    const std::size_t length = bytes->size() - sizeof(Header);
    if (pixel_hash(pixels, length) != head.pixels)
        return nullptr;
    SurfacePtr out(
        SDL_CreateRGBSurfaceWithFormat(0, int(head.w), int(head.h), 32, SDL_PIXELFORMAT_RGBA32));
    if (!out)
        return nullptr;
    for (std::uint32_t y = 0; y < head.h; ++y)
        std::memcpy(static_cast<char*>(out->pixels) + std::size_t(y) * std::size_t(out->pitch),
                    pixels + std::size_t(y) * head.w * 4, std::size_t(head.w) * 4);
    // Used now: the trim drops the pictures used longest ago.
    ::utimensat(AT_FDCWD, file.c_str(), nullptr, AT_SYMLINK_NOFOLLOW);
    return out;
}

void ArtDiskCache::store(const std::string& svg, int w, int h, SDL_Surface* picture) {
    if (!picture || w <= 0 || h <= 0)
        return;
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(picture, SDL_PIXELFORMAT_RGBA32, 0));
    if (!rgba)
        return;
    std::string bytes(sizeof(Header) + std::size_t(rgba->w) * std::size_t(rgba->h) * 4, '\0');
    char* pixels = bytes.data() + sizeof(Header);
    for (int y = 0; y < rgba->h; ++y)
        std::memcpy(pixels + std::size_t(y) * std::size_t(rgba->w) * 4,
                    static_cast<const char*>(rgba->pixels) +
                        std::size_t(y) * std::size_t(rgba->pitch),
                    std::size_t(rgba->w) * 4);
    Header head;
    std::memcpy(head.magic, kMagic, sizeof kMagic);
    head.w = std::uint32_t(rgba->w);
    head.h = std::uint32_t(rgba->h);
    head.source = source_hash(svg, w, h);
    head.pixels = pixel_hash(pixels, bytes.size() - sizeof(Header));
    std::memcpy(bytes.data(), &head, sizeof head);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        queue_.emplace_back(file_for(svg, w, h), std::move(bytes));
        if (!writer_.joinable())
            writer_ = std::thread([this] { write_queued(); });
    }
    changed_.notify_all();
}

// Drops the pictures used longest ago until the folder is under its limit.
void ArtDiskCache::trim() {
    struct Entry {
        fs::path path;
        fs::file_time_type used;
        std::uintmax_t size;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(folder_, ec)) {
        std::error_code e1, e2;
        if (!e.is_regular_file(e1) || !is_cache_file(e.path()))
            continue;
        Entry entry{e.path(), e.last_write_time(e2), e.file_size(e1)};
        if (e1 || e2)
            continue;
        total += entry.size;
        entries.push_back(std::move(entry));
    }
    if (total <= limit_)
        return;
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& e : entries) {
        if (total <= limit_)
            break;
        if (fs::remove(e.path, ec))
            total -= e.size;
    }
}

} // namespace hearth
