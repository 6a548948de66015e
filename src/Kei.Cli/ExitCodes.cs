namespace Kei.Cli
{
    /// <summary>The exit codes the README's CLI table lists: 0 success (or AUTO), 1 error or stale, 2 WARN tier, 3 STOP tier.</summary>
    public static class ExitCodes
    {
        public const int Success = 0;
        public const int Failure = 1;
        public const int Warn = 2;
        public const int Stop = 3;
    }
}
