using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// Where an MSBuild property is set in a project file, so a diagnostic about its value points at the line: MSBuild
    /// tells a task the value, not where it came from, so the project XML is read again.
    /// </summary>
    public sealed class PropertyLocation
    {
        private PropertyLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }

        /// <summary>1-based; 0 when only the file is known.</summary>
        public int Line { get; }

        public int Column { get; }

        /// <summary>The file alone, without a line: for a value given on the command line (<c>-p:Name=value</c>).</summary>
        public static PropertyLocation FileOnly(string file) => new PropertyLocation(file, 0, 0);

        /// <summary>
        /// The last <c>&lt;name&gt;</c> element whose text is <paramref name="value"/> in the first file that has one (the
        /// value's own position), else the last <c>&lt;name&gt;</c> element at all; null when no file sets the property.
        /// </summary>
        public static PropertyLocation? Find(IEnumerable<string> files, string name, string value)
        {
            foreach (string file in files.Where(f => f.Length > 0 && System.IO.File.Exists(f)))
            {
                List<XElement> elements = Elements(file, name);
                XElement? element = elements.LastOrDefault(e => e.Value.Trim() == value) ?? elements.LastOrDefault();
                if (element != null)
                {
                    IXmlLineInfo position = (IXmlLineInfo?)element.Nodes().OfType<XText>().FirstOrDefault() ?? element;
                    return new PropertyLocation(file, position.LineNumber, position.LinePosition);
                }
            }

            return null;
        }

        private static List<XElement> Elements(string file, string name)
        {
            try
            {
                XDocument document = XDocument.Load(file, LoadOptions.SetLineInfo);
                return document.Descendants().Where(e => e.Name.LocalName == name).ToList();
            }
            catch (Exception exception) when (exception is XmlException || exception is IOException || exception is UnauthorizedAccessException)
            {
                // MSBuild already read the file; should it be unreadable now, the diagnostic names the file without a line.
                return new List<XElement>();
            }
        }
    }
}
