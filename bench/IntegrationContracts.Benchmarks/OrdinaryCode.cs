namespace IntegrationContracts.Benchmarks;

/// <summary>
/// An ordinary class of a business application: about 100 lines, eight methods with loops, LINQ, locals, object
/// creations, a catch, and decimal arithmetic — no integration code. Most of a real solution looks like this, so
/// whatever an analyzer does on code nobody marked shows here.
/// </summary>
public static class OrdinaryCode
{
    public static string Class(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;

        namespace Contoso.Bench.Domain{{i % 25}};

        public interface IPriceRules{{i}} { decimal Discount(string customer, decimal amount); }

        public sealed record Line{{i}}(string Sku, int Quantity, decimal UnitPrice, decimal TaxRate);

        public sealed class Calculator{{i}}
        {
            private readonly IPriceRules{{i}} _rules;
            private readonly Dictionary<string, decimal> _cache = new(StringComparer.Ordinal);

            public Calculator{{i}}(IPriceRules{{i}} rules) => _rules = rules;

            public decimal Net(IReadOnlyList<Line{{i}}> lines)
            {
                var total = 0m;
                for (var index = 0; index < lines.Count; index++)
                {
                    var line = lines[index];
                    total += line.Quantity * line.UnitPrice;
                }

                return decimal.Round(total, 2, MidpointRounding.AwayFromZero);
            }

            public decimal Tax(IEnumerable<Line{{i}}> lines)
            {
                decimal tax = 0;
                foreach (var line in lines)
                {
                    var net = line.Quantity * line.UnitPrice;
                    tax += decimal.Round(net * line.TaxRate, 2);
                }

                return tax;
            }

            public decimal Gross(IReadOnlyList<Line{{i}}> lines, string customer)
            {
                var net = Net(lines);
                var discount = _rules.Discount(customer, net);
                return net - discount + Tax(lines);
            }

            public IReadOnlyList<Line{{i}}> Largest(IEnumerable<Line{{i}}> lines, int count) =>
                lines.OrderByDescending(l => l.Quantity * l.UnitPrice).ThenBy(l => l.Sku, StringComparer.Ordinal).Take(count).ToList();

            public decimal Cached(string sku, Func<string, decimal> price)
            {
                if (!_cache.TryGetValue(sku, out var value))
                {
                    value = price(sku);
                    _cache[sku] = value;
                }

                return value;
            }

            public decimal Parse(string text)
            {
                try
                {
                    return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
                }
                catch (FormatException)
                {
                    return 0m;
                }
            }

            public string Describe(IEnumerable<Line{{i}}> lines)
            {
                var builder = new StringBuilder();
                var position = 1;
                foreach (var line in lines.Where(l => l.Quantity > 0))
                {
                    builder.Append(position++).Append(". ").Append(line.Sku).Append(" x").Append(line.Quantity).AppendLine();
                }

                return builder.ToString();
            }

            public decimal[] Instalments(decimal amount, int months)
            {
                var result = new decimal[months];
                var each = decimal.Floor(amount / months * 100) / 100;
                var rest = amount;
                for (var month = 0; month < months - 1; month++)
                {
                    result[month] = each;
                    rest -= each;
                }

                result[months - 1] = rest;
                return result;
            }
        }

        """;
}
