// Tests start real processes and servers on a small shared machine: two at a time keeps timings honest.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
