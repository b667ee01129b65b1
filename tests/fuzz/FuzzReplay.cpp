// SPDX-License-Identifier: Apache-2.0
// Replays saved inputs through a harness without libFuzzer, so every compiler
// and every CI build (ctest label "fuzz") checks the seeds and the inputs that
// once crashed (regression/<harness>/). Arguments: files or folders; a folder
// is read recursively. No inputs at all is an error: a replay of nothing
// proves nothing.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size);

namespace {

bool replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        (void)std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
        return false;
    }
    const std::vector<unsigned char> bytes { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
    (void)std::fprintf(stderr, "replay %s (%zu bytes)\n", file.string().c_str(), bytes.size());
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size()); // a failed property aborts
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
                if (!entry.is_regular_file())
                    continue;
                if (!replay(entry.path()))
                    return 1;
                ++replayed;
            }
        } else if (std::filesystem::exists(path)) {
            if (!replay(path))
                return 1;
            ++replayed;
        }
    }
    if (replayed == 0) {
        (void)std::fprintf(stderr, "no inputs to replay\n");
        return 1;
    }
    (void)std::printf("%d inputs replayed without a failed property\n", replayed);
    return 0;
}
