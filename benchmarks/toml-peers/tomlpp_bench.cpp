// Times C++ toml++ on one file: the content is read once, then parsed from memory `runs` times after a warm-up;
// prints the median milliseconds. Same method as the other peers and as Kei.Toml's `time` mode.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#define TOML_EXCEPTIONS 1
#include <toml++/toml.h>

int main(int argc, char** argv)
{
    if (argc < 2) { std::fprintf(stderr, "usage: tomlpp_bench FILE [RUNS]\n"); return 2; }
    int runs = argc > 2 ? std::atoi(argv[2]) : 30;
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    for (int i = 0; i < 5; i++) { auto table = toml::parse(text); }
    std::vector<double> times;
    for (int i = 0; i < runs; i++)
    {
        auto start = std::chrono::steady_clock::now();
        auto table = toml::parse(text);
        auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("%.3f\n", times[times.size() / 2]);
    return 0;
}
