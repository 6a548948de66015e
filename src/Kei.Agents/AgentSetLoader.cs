using System;
using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>The one entry point hosts call: parse, validate and resolve a set of agent files. Never throws.</summary>
    public static class AgentSetLoader
    {
        /// <param name="files">every manifest, block and layout file of the set</param>
        /// <param name="today">the date KEI209 measures price age against (null: the GPU price age is not checked)</param>
        public static AgentSet Load(IEnumerable<AgentFile> files, DateTime? today = null)
            => throw new NotImplementedException("lands with issue 3");
    }
}
