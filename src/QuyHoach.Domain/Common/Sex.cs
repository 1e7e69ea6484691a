namespace QuyHoach.Domain.Common;

/// <summary>Giới tính. Retirement ages differ by sex (BLLĐ 2019 Điều 169, NĐ 135/2020 Điều 4; R-AGE-4).</summary>
public enum Sex
{
    /// <summary>Nam.</summary>
    Male,

    /// <summary>Nữ.</summary>
    Female,
}
