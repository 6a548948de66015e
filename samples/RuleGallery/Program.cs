using System;

namespace RuleGallery
{
    /// <summary>The gallery is read, and built to see the rules fire; running it only says so.</summary>
    internal static class Program
    {
        private static int Main()
        {
            Console.WriteLine("RuleGallery shows every KEI0xx/KEI02x rule firing: build it and read the errors.");
            return 0;
        }
    }
}
