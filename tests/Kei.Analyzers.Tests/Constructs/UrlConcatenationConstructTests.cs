using System.Threading.Tasks;
using Kei.Analyzers.Adapter;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI022 over the constructs that can carry a URL built from strings into a request (docs/rules/KEI022.md).</summary>
public sealed class UrlConcatenationConstructTests
{
    private static Task Verify(string body)
        => LauncherTest.Create(new UrlConcatenationAnalyzer()).WithSource(LauncherTest.Usings + ConstructSources.AdapterUsings + body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_are_read_by_parameter() => Verify("""
        class Client
        {
            Uri A(string b, string id) => new Uri(uriKind: UriKind.Absolute, uriString: [|b + "/jobs/" + id|]);
            HttpRequestMessage B(string b, string id) => new HttpRequestMessage(requestUri: [|$"{b}/jobs/{id}"|], method: HttpMethod.Get);
            Task<HttpResponseMessage> C(HttpClient h, string b, string id) => h.GetAsync(completionOption: HttpCompletionOption.ResponseHeadersRead, requestUri: [|b + id|]);
            Uri D(string b) => new Uri(uriKind: UriKind.Absolute, uriString: b);
        }
        """);

    [Fact]
    public Task A_method_group_is_not_followed() => Verify("""
        class Client
        {
            IEnumerable<Task<string>> A(HttpClient h, string[] urls) => urls.Select(h.GetStringAsync);
            Task<string> B(HttpClient h, string b, string id) => h.GetStringAsync([|b + id|]);
        }
        """);

    [Fact]
    public Task A_local_grown_by_compound_assignment_is_built_and_one_assigned_twice_is_not() => Verify("""
        class Client
        {
            Uri A(string b, string id) { var url = b; url += "/jobs/" + id; return new Uri([|url|]); }
            Uri B(string b) { var url = b; url += "/jobs"; return new Uri([|url|]); }
            Uri C() { var url = "https://h"; url += "/jobs"; return new Uri(url); }
            Uri D(string b, string id, bool v2) { var url = b + "/v1/" + id; if (v2) url = b; return new Uri(url); }
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_pattern_designations_are_read() => Verify("""
        class Client
        {
            Uri A(string b, string id) { var (url, attempt) = (b + "/jobs/" + id, 0); return new Uri([|url|]); }
            Uri? B(string b, string id) { object target = b + id; return target is string url ? new Uri([|url|]) : null; }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Client
        {
            Uri A(string? custom, string b) => new Uri(custom ?? [|b + "/jobs"|]);
            Task<string> B(HttpClient h, bool secure, string host, string fallback) => h.GetStringAsync(secure ? [|$"https://{host}"|] : fallback);
            Uri C(int v, string b) => new Uri(v switch { 1 => [|b + "/v1"|], _ => "https://h/v2" });
            Uri D(bool secure) => new Uri(secure ? "https://h" : "http://h");
        }
        """);

    [Fact]
    public Task Initializers_and_target_typed_new_are_read() => Verify("""
        class Client
        {
            Uri A(string b, string id) { Uri u = new([|b + id|]); return u; }
            HttpRequestMessage B(string b, string id) => new HttpRequestMessage { RequestUri = new Uri([|$"{b}/{id}"|]) };
        }
        """);

    [Fact]
    public Task Constants_of_other_types_are_text_the_compiler_folds() => Verify("""
        static class Endpoints { public const string Base = "https://h"; public const string Jobs = Base + "/jobs"; public static readonly string Loaded = "https://h"; }
        class Client
        {
            Uri A() => new Uri(Endpoints.Base + "/jobs");
            Uri B() => new Uri($"{Endpoints.Jobs}/all");
            Uri C() => new Uri([|Endpoints.Loaded + "/jobs"|]);
        }
        """);

    [Fact]
    public Task Chains_of_up_to_four_locals_are_followed() => Verify("""
        class Client
        {
            Uri A(string b, string id) { var a = b + id; var c = a; var d = c; var e = d; return new Uri([|e|]); }
            Uri B(string b, string id) { var a = b + id; var c = a; var d = c; var e = d; var f = e; return new Uri(f); }
        }
        """);

    [Fact]
    public Task Every_way_of_building_text_is_read() => Verify("""
        class Client
        {
            Uri A(string b, int id) => new Uri([|$"{b}/jobs/{id:D8}"|]);
            Uri B(string b, int id) => new Uri([|$"{b}/jobs/{id,8}"|]);
            Uri C(string b, string id) => new Uri([|string.Concat(b, "/jobs/", id)|]);
            Uri D(string[] parts) => new Uri([|string.Join("/", parts)|]);
            Uri E(string b, string id) => new Uri([|string.Format("{0}/jobs/{1}", b, id)|]);
            Uri F(string b, string id) { var sb = new StringBuilder(b); sb.Append("/jobs/").Append(id); return new Uri([|sb.ToString()|]); }
            Uri G() => new Uri(string.Concat("https://h", "/jobs"));
            Uri H(string b, string id) => new Uri(Mine.Text.Join(b, id));
            Uri I(string b, string id) => new Uri(new Mine.StringBuilder().ToString());
        }
        namespace Mine
        {
            static class Text { public static string Join(string a, string b) => a; }
            sealed class StringBuilder { public override string ToString() => "https://h"; }
        }
        """);

    [Fact]
    public Task Conditional_access_null_forgiving_lambdas_and_linq_are_read() => Verify("""
        class Client
        {
            Task<string>? A(HttpClient? h, string b, string id) => h?.GetStringAsync([|b + id|]);
            Uri B(string? b, string id) => new Uri(([|b + id|])!);
            Func<string, Uri> C(string b) => id => new Uri([|b + id|]);
            IEnumerable<Uri> D(string b, string[] ids) => from id in ids select new Uri([|b + "/" + id|]);
        }
        """);

    [Fact]
    public Task A_users_own_Uri_and_a_base_with_a_relative_part_are_silent() => Verify("""
        namespace Mine
        {
            sealed class Uri { public Uri(string s) { } }
            class Client
            {
                Uri A(string b, string id) => new Uri(b + id);
                System.Uri B(System.Uri b, string id) => new System.Uri(b, "jobs/" + id);
            }
        }
        """);
}
