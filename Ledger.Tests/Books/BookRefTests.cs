using Ledger.Core.Books;
using Ledger.Core.Import;

namespace Ledger.Tests.Books;

public sealed class BookRefTests
{
    [TestCase("V001/committee", BookKind.Committee)]
    [TestCase("V001/村委会", BookKind.Committee)]
    [TestCase("V001/村民委员会", BookKind.Committee)]
    [TestCase("V001/自治", BookKind.Committee)]
    [TestCase("V001/collective", BookKind.Collective)]
    [TestCase("V001/合作社", BookKind.Collective)]
    [TestCase("V001/经济合作社", BookKind.Collective)]
    [TestCase("V001/股份经济合作社", BookKind.Collective)]
    [TestCase("V001/集体", BookKind.Collective)]
    public void Accepts_every_name_of_the_two_books(string text, BookKind kind)
    {
        var book = BookRef.Parse(text).Value;

        Assert.That(book.Kind, Is.EqualTo(kind));
        Assert.That(book.Village.Value, Is.EqualTo("V001"));
        Assert.That(book.ToString(), Is.EqualTo("V001/" + (kind == BookKind.Committee ? "committee" : "collective")));
    }

    [TestCase("V001")]
    [TestCase("V001/group")]
    [TestCase("/collective")]
    [TestCase("V 001/collective")]
    public void Refuses_a_book_that_is_neither_of_the_two(string text)
    {
        Assert.That(BookRef.Parse(text).IsRefused, Is.True);
    }

    [TestCase("2024-03-05")]
    [TestCase("2024/3/5")]
    [TestCase("2024.3.5")]
    [TestCase("2024年3月5日")]
    public void Reads_dates_as_clerks_write_them(string text)
    {
        Assert.That(DateText.Parse(text).Value, Is.EqualTo(new DateOnly(2024, 3, 5)));
    }

    [TestCase("2023-02-29")] // not a leap year
    [TestCase("2024-04-31")]
    [TestCase("2024-13-01")]
    [TestCase("5/3/2024")]
    public void Refuses_dates_that_do_not_exist(string text)
    {
        Assert.That(DateText.Parse(text).IsRefused, Is.True);
    }
}
