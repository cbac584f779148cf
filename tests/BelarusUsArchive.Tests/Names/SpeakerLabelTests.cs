using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Text.Names;

namespace BelarusUsArchive.Tests.Names;

/// <summary>
/// Issue 16: the speakers of a transcript are people by their labels. A label whose surname a full name of the text ends
/// in makes that name a person; a label with no full name that opens two turns or more is a person known by surname
/// ("SECRETARY BLINKEN:" in a State Department transcript); labels of a part ("QUESTION:", "HOST:") never.
/// </summary>
public sealed class SpeakerLabelTests
{
    private static string[] Paragraphs(string set, string file) =>
        [.. File.ReadAllText(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Truth", set, file)).ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace('\n', ' ').Trim())];

    [Fact]
    public void A_secretarys_label_in_a_real_transcript_is_a_person_with_every_turn_a_mention()
    {
        var paragraphs = Paragraphs("heldout3", "k08-remarks-transcript.txt");

        var candidates = CandidateFinder.Find(paragraphs);
        var found = new MentionFinder([new KnownPerson(1, ["Blinken"])]).Find(paragraphs);

        Assert.Contains(candidates, c => c.Name == "Blinken");
        Assert.DoesNotContain(candidates, c => c.Name is "Question" or "Secretary");
        Assert.Equal(3, found.Count(m => m.PersonId == 1));
    }

    [Fact]
    public void A_label_makes_the_full_name_that_ends_in_it_a_person()
    {
        string[] paragraphs = ["HOST: Vintsuk Mikhalevich, thank you for joining us.", "MIKHALEVICH: Thank you.", "HOST: What happened in March?", "MIKHALEVICH: They came at night."];

        var candidates = CandidateFinder.Find(paragraphs);

        Assert.Contains(candidates, c => c.Name == "Vintsuk Mikhalevich");
        Assert.DoesNotContain(candidates, c => c.Name is "Host" or "Mikhalevich");
    }

    [Fact]
    public void A_label_of_one_turn_without_a_full_name_is_nobody() =>
        Assert.DoesNotContain(CandidateFinder.Find(["BREAKING: The embassy is closed today.", "The embassy said it would reopen."]), c => c.Name == "Breaking");
}
