using Kei.Processor;

// Usage: Kei.Processor [--port N] [--work-root DIR] [--url-file FILE]   (port 0 picks a free port)
return await ProcessorApp.RunAsync(args).ConfigureAwait(false);
