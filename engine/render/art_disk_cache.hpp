// Rasterised SVG art kept between runs, so a window's first frame shows the
// card back (and every ornament already seen at that size) without
// rasterising it again: $XDG_CACHE_HOME/hearth/art/, one file a picture,
// named by a hash of the SVG's bytes and the size asked for.
//
// A file is used only when everything in it agrees with what is asked: its
// header, its length, the SVG's hash and the pixels' own hash; anything else
// is a miss (and is replaced). Files are opened without following symbolic
// links, written atomically from a background thread (never on the frame
// path), private to the user (0600), and the folder is kept under a size
// limit by dropping the pictures used longest ago.
#pragma once

#include "engine/render/sdl_handles.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace hearth {

class ArtDiskCache {
public:
    explicit ArtDiskCache(std::filesystem::path folder, std::uintmax_t limit_bytes = 64u << 20);
    ~ArtDiskCache(); // waits for the writes under way
    ArtDiskCache(const ArtDiskCache&) = delete;
    ArtDiskCache& operator=(const ArtDiskCache&) = delete;

    // The picture of `svg` (the file's bytes) rasterised to fit w x h, as
    // stored by an earlier `store`; null when there is none or it does not
    // check out.
    SurfacePtr find(const std::string& svg, int w, int h);
    // Keeps `picture`, the rasterisation of `svg` to fit w x h, for later
    // runs. Returns at once; the file is written by a background thread.
    void store(const std::string& svg, int w, int h, SDL_Surface* picture);
    // Waits until every stored picture is on disk (tests).
    void wait();

    // Where a picture of `svg` at w x h is kept.
    std::filesystem::path file_for(const std::string& svg, int w, int h) const;
    const std::filesystem::path& folder() const { return folder_; }

private:
    void write_queued();
    void trim();
    std::filesystem::path folder_;
    std::uintmax_t limit_;
    // The pictures waiting to be written, and the one thread that writes
    // them (started by the first store).
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::pair<std::filesystem::path, std::string>> queue_;
    bool writing_ = false;
    bool stop_ = false;
    std::thread writer_;
};

} // namespace hearth
